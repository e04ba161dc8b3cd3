// Relations between documents: stated with the words that state them, or the site's reading.
import { againstDates, RELATION_LABEL } from '../relations.ts';
import { squash } from '../text.ts';
import type { Problem, ValidContent } from './problem.ts';

/**
 * Relations between documents: a stated relation's words are in the stating document, verbatim;
 * no document carries out, cites or reports on one issued after it.
 */
export function checkRelations(content: ValidContent): Problem[] {
  const problems: Problem[] = [];
  const dates = new Map(content.policies.map((p) => [p.data.id, p.data.date]));
  for (const { entry, data } of content.policies)
    data.relations.forEach((relation, r) => {
      const add = (field: string, expected: string) => problems.push({ file: entry.file, entry: entry.label, field: `relations.${r}.${field}`, expected });
      if (relation.quote && !squash(content.policyOutlines.get(data.id)?.text ?? '').includes(squash(relation.quote)))
        add('quote', `引文应与本文件原文逐字一致，未找到：“${relation.quote}”`);
      const toDate = relation.document ? dates.get(relation.document) : undefined;
      if (toDate && againstDates(relation, data.date, toDate))
        add(
          'type',
          `本文件（${data.date}）早于 ${relation.document}（${toDate}），不能“${RELATION_LABEL[relation.type]}”后来的文件；可改为 same-work（涉及同一项工作）并写明 basis: site-reading`,
        );
    });
  return problems;
}
