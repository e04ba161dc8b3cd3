// The majors of content/majors.yaml against the full catalogue (content/catalogue/).
import type { RawContent } from '../raw.ts';
import { catalogueDisagreement, parseCatalogue } from '../catalogue.ts';
import { problem, type Problem, type ValidContent } from './problem.ts';

/**
 * The catalogue file reads line by line, and every major of content/majors.yaml agrees with it
 * (code, name, level, 专业大类, 专业类), unless the major names its `source` (a later edition).
 */
export function checkCatalogue(raw: RawContent, content: ValidContent): Problem[] {
  if (!raw.catalogue) return [];
  const { file } = raw.catalogue;
  const { majors, problems } = parseCatalogue(raw.catalogue.text);
  const out: Problem[] = problems.map((p) => ({ file, entry: `第${p.line}行`, field: '', expected: p.expected }));
  const byCode = new Map(majors.map((m) => [m.code, m]));
  for (const { entry, data } of content.majors) {
    const disagreement = catalogueDisagreement(data, byCode);
    if (disagreement) out.push(problem(entry, 'id', disagreement));
  }
  return out;
}
