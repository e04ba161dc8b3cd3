// Raw HTML in documents and explainers, and the markup of the documents' tables.
import type { RawContent } from '../raw.ts';
import { componentTagsIn, listTableMarker } from '../list-table.ts';
import { unsafeMarkup } from '../markup.ts';
import type { Problem, ValidContent } from './problem.ts';

/**
 * A document is Markdown, which prints a component tag (`<FiveYearListTable year={2025} />`, written
 * as in MDX) as it stands; the list table has its own element (src/lib/content/list-table.ts).
 */
export function checkDocumentMarkup(content: ValidContent): Problem[] {
  return content.policies.flatMap(({ entry, data }) =>
    componentTagsIn(data.body).map((tag) => ({
      file: entry.file,
      entry: entry.label,
      field: '正文',
      expected: `政策文件是 Markdown，不能使用组件：“${tag}”会原样显示在页面上；名单表请写 ${listTableMarker(/\b(\d{4})\b/.exec(tag)?.[1] ?? '年份')}`,
    })),
  );
}

/**
 * Raw HTML in a document's or explainer's body stays inside the allowlist of src/lib/content/markup.ts
 * (no script, no event handler, no `javascript:` link), named by the line of the file.
 */
export function checkBodyMarkup(raw: RawContent): Problem[] {
  return [...raw.policies, ...raw.explainers].flatMap((entry) =>
    unsafeMarkup(entry.body ?? '').map((p) => ({
      file: entry.file,
      entry: entry.label,
      field: `正文第${p.line + (entry.bodyLine ?? 1) - 1}行`,
      expected: `${p.expected}（写的是“${p.found}”）`,
    })),
  );
}
