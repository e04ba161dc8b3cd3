// The full catalogue of majors (content/catalogue/2021.tsv): what the importers add a list's new
// majors from, and what the build checks content/majors.yaml against. Pure: the text is read elsewhere.
import type { Major } from './schemas.ts';

/** The edition the site holds, as it is cited. */
export const CATALOGUE_EDITION = '教育部《职业教育专业目录（2021年）》';

/** One major of the catalogue. */
export interface CatalogueMajor {
  code: string;
  name: string;
  /** 中职, 高职专科 or 职业本科. */
  level: string;
  category: string;
  subcategory: string;
}

const COLUMNS = ['code', 'name', 'level', 'category_code', 'category', 'class_code', 'class'];

/** Reads the catalogue's TSV; a malformed line is named with what was expected there. */
export function parseCatalogue(tsv: string): { majors: CatalogueMajor[]; problems: { line: number; expected: string }[] } {
  const lines = tsv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: { line: number; expected: string }[] = [];
  if (lines[0]?.split('\t').join(',') !== COLUMNS.join(',')) return { majors: [], problems: [{ line: 1, expected: `第一行应为表头：${COLUMNS.join('	')}` }] };
  const majors: CatalogueMajor[] = [];
  lines.slice(1).forEach((text, i) => {
    if (!text.trim()) return;
    const [code = '', name = '', level = '', , category = '', , subcategory = ''] = text.split('\t');
    if (!/^\d{6}K?$/.test(code) || !name || !['中职', '高职专科', '职业本科'].includes(level) || !/大类$/.test(category) || !/类$/.test(subcategory))
      problems.push({ line: i + 2, expected: '应为 专业代码（6位，可带K）、名称、层次（中职/高职专科/职业本科）、专业大类代码、专业大类、专业类代码、专业类，以制表符分隔' });
    else majors.push({ code, name, level, category, subcategory });
  });
  return { majors, problems };
}

/**
 * The major a printed program name names at a level, among `majors` (the catalogue's, or those of
 * content/majors.yaml): the name itself, or a name followed by the school's own direction in brackets
 * (计算机平面设计（紫砂陶艺）). The one rule the importers and the catalogue share.
 */
export function findPrinted<T extends { name: string; level: string }>(printed: string, level: string, majors: readonly T[]): { major: T; direction?: string } | null {
  const exact = majors.find((m) => m.level === level && m.name === printed);
  if (exact) return { major: exact };
  const m = /^(.+)（([^（）]+)）$/.exec(printed);
  const base = m ? majors.find((x) => x.level === level && x.name === m[1]) : undefined;
  return base && m ? { major: base, direction: m[2]! } : null;
}

/** The catalogue major of a printed program name at a level (findPrinted over the full catalogue). */
export const findInCatalogue = (printed: string, level: string, majors: readonly CatalogueMajor[]) => findPrinted(printed, level, majors);

/** A catalogue major as an entry of content/majors.yaml. */
export const asMajor = (m: CatalogueMajor): Major => ({
  id: m.code,
  name: m.name,
  level: m.level as Major['level'],
  category: m.category,
  subcategory: m.subcategory,
});

/**
 * How a major of content/majors.yaml disagrees with the catalogue (null when it agrees): its code
 * missing, or its name, level, 专业大类 or 专业类 other than the catalogue's. A major taken from a
 * later edition says so in `source` and is not compared.
 */
export function catalogueDisagreement(major: Major & { source?: string | undefined }, byCode: ReadonlyMap<string, CatalogueMajor>): string | null {
  if (major.source) return null;
  const found = byCode.get(major.id);
  if (!found)
    return `专业代码 ${major.id} 不在${CATALOGUE_EDITION}（content/catalogue/2021.tsv）中：请核对代码；若是后来增补或新版目录的专业，写明 source（出处）`;
  const differences = (
    [
      ['名称', major.name, found.name],
      ['层次', major.level, found.level],
      ['专业大类', major.category, found.category],
      ['专业类', major.subcategory, found.subcategory],
    ] as const
  ).filter(([, mine, theirs]) => mine !== theirs);
  return differences.length ? `与${CATALOGUE_EDITION}不一致：${differences.map(([what, mine, theirs]) => `${what}应为“${theirs}”，写的是“${mine}”`).join('；')}` : null;
}
