// Every quote in its document word for word, inside the clause it names.
import { citationsIn } from '../explainer-citations.ts';
import { squash } from '../text.ts';
import type { Problem, ValidContent } from './problem.ts';

/**
 * Every statistic's quote must be found, word for word (white space aside), in its document;
 * every explainer cites at least three clauses that exist; the press example names a clause that exists.
 */
export function checkQuotes(content: ValidContent): Problem[] {
  const texts = new Map([...content.policyOutlines].map(([id, outline]) => [id, squash(outline.text)]));
  const anchors = new Map([...content.policyOutlines].map(([id, outline]) => [id, outline.anchors]));
  const problems: Problem[] = [];
  for (const { entry, data } of content.statistics) {
    const text = texts.get(data.source.document);
    if (text !== undefined && !text.includes(squash(data.source.quote)))
      problems.push({
        file: entry.file,
        entry: entry.label,
        field: 'source.quote',
        expected: `引文应与 content/policies/${data.source.document}.md 原文逐字一致，未找到：“${data.source.quote}”`,
      });
  }
  for (const { entry, data } of content.policies) {
    const text = texts.get(data.id);
    if (text !== undefined && !text.includes(squash(data.period.quote)))
      problems.push({
        file: entry.file,
        entry: entry.label,
        field: 'period.quote',
        expected: `适用时期的引文应与本文件原文逐字一致，未找到：“${data.period.quote}”`,
      });
    if (data.period.to !== null && data.period.to < data.period.from)
      problems.push({ file: entry.file, entry: entry.label, field: 'period.to', expected: `结束年份不能早于开始年份（${data.period.from}）` });
  }
  for (const { entry, data } of content.explainers) {
    const citations = citationsIn(data.body);
    if (citations.length < 3)
      problems.push({
        file: entry.file,
        entry: entry.label,
        field: '正文 <Cite>',
        expected: `每篇解读至少引用3处条款（<Cite doc="…" at="…">），现有 ${citations.length} 处`,
      });
    citations.forEach(({ doc, at }, i) => {
      const known = anchors.get(doc);
      if (!known)
        problems.push({
          file: entry.file,
          entry: entry.label,
          field: `正文 <Cite> 第${i + 1}处`,
          expected: `doc 应为 content/policies 中的文件 id，实际为“${doc}”`,
        });
      else if (!known.has(at))
        problems.push({
          file: entry.file,
          entry: entry.label,
          field: `正文 <Cite> 第${i + 1}处`,
          expected: `应为 /policies/${doc}/ 上存在的锚点，找不到“#${at}”`,
        });
    });
  }
  if (content.site) {
    const { document, anchor } = content.site.data.pressExample;
    if (!anchors.get(document)?.has(anchor))
      problems.push({
        file: content.site.entry.file,
        entry: 'site',
        field: 'pressExample',
        expected: `应为本站文件的条款：/policies/${document}/ 上找不到“#${anchor}”`,
      });
  }
  return problems;
}
