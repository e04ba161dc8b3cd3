import { Document, isMap, isScalar, Scalar, type YAMLMap } from 'yaml';
import { syllables } from '../domain/pinyin.ts';
import type { PrintedRow } from './notice-import.ts';
import type { Institution, ListColumn, Major } from './schemas.ts';
import { asMajor, CATALOGUE_EDITION, findInCatalogue, findPrinted, type CatalogueMajor } from './catalogue.ts';

/**
 * What the import matches against: the institutions and majors already in content, and the full
 * catalogue (content/catalogue/) a list's new majors are taken from.
 */
export interface ImportCatalogue {
  schools: Pick<Institution, 'id' | 'name'>[];
  colleges: Pick<Institution, 'id' | 'name'>[];
  majors: Major[];
  full?: CatalogueMajor[];
}

/** A program as the list file records it. */
export interface ListedProgram {
  name: string;
  code: string;
  direction?: string;
}

/** The list file's content, before it is written as YAML. */
export interface ImportedList {
  year: number;
  document: string;
  title: string;
  stated: { schools: number; pairs: number };
  columns?: ListColumn[];
  rows: {
    no: number;
    school: string;
    pairs: { schoolProgram: ListedProgram; college: string; collegeProgram: ListedProgram; extra?: Record<string, number | string> }[];
  }[];
}

/** Headings of a further column that counts students (a plan), read as a number. */
const STUDENT_HEADINGS = /^(招生计划|计划数|招生人数|计划招生数|招生计划数|计划招生人数|招生数)(（人）|\(人\))?$/;

/** A further column as the list records it: a number of students, or text kept as printed. */
export const listColumn = (heading: string): ListColumn => ({ heading, kind: STUDENT_HEADINGS.test(heading) ? 'students' : 'text' });

/** The result of an import: the list, the institutions and majors it adds, and what stops it. */
export interface ListImport {
  list: ImportedList;
  newSchools: Institution[];
  newColleges: Institution[];
  /** Majors the list names that content/majors.yaml did not hold, from the full catalogue. */
  newMajors: Major[];
  /** Each a sentence naming the row and what was expected; any problem means nothing is written. */
  problems: string[];
}

/**
 * The catalogue major of a printed program name: the catalogue name itself, or a catalogue name
 * followed by the school's own direction in brackets (计算机平面设计（紫砂陶艺）). Null when neither.
 */
export function matchProgram(printed: string, level: Major['level'], majors: Major[]): ListedProgram | null {
  const found = findPrinted(printed, level, majors);
  return found ? { name: printed, code: found.major.id, ...(found.direction ? { direction: found.direction } : {}) } : null;
}

/** A stable URL id for a new institution, from the pinyin of its name (unique among `taken`). */
export function slugFromName(name: string, taken: ReadonlySet<string>): string {
  const base = syllables(name.replace(/[（(].*?[）)]/g, '')).join('-') || 'xuexiao';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** An institution the import cannot place: its location stays unknown until a person establishes it. */
function unplaced(id: string, name: string, document: string): Institution {
  return {
    id,
    name,
    city: null,
    cityBasis: 'unknown',
    confidence: null,
    county: null,
    countyBasis: null,
    note: `added by import from ${document}; location not established`,
  };
}

/**
 * Turns the printed rows into a list: institutions matched by exact name (new ones added with an
 * unknown location), programs matched to catalogue codes. A program name not in the catalogue is a
 * problem that stops the import; nothing is guessed.
 */
export function buildListImport(
  rows: PrintedRow[],
  meta: { year: number; document: string; title: string; statedSchools: number | null; extraHeadings?: string[] },
  catalogue: ImportCatalogue,
): ListImport {
  const columns = (meta.extraHeadings ?? []).map(listColumn);
  const problems: string[] = [];
  const newSchools: Institution[] = [];
  const newColleges: Institution[] = [];
  const newMajors: Major[] = [];
  const taken = new Set([...catalogue.schools, ...catalogue.colleges].map((i) => i.id));
  const resolve = (name: string, known: Pick<Institution, 'id' | 'name'>[], added: Institution[]) => {
    const found = known.find((i) => i.name === name) ?? added.find((i) => i.name === name);
    if (found) return found.id;
    const id = slugFromName(name, taken);
    taken.add(id);
    added.push(unplaced(id, name, meta.document));
    return id;
  };
  const listRows = rows.map((row) => ({
    no: row.no,
    school: resolve(row.school, catalogue.schools, newSchools),
    pairs: row.pairs.map((pair, p) => {
      const program = (name: string, level: Major['level'], side: string) => {
        const found = matchProgram(name, level, [...catalogue.majors, ...newMajors]);
        if (found) return found;
        // A major the lists have not used yet: taken from the full catalogue, with its code and kinds.
        const listed = findInCatalogue(name, level, catalogue.full ?? []);
        if (listed) {
          newMajors.push(asMajor(listed.major));
          return { name, code: listed.major.code, ...(listed.direction ? { direction: listed.direction } : {}) };
        }
        problems.push(
          `附件序号 ${row.no}（原文第${row.line}行起）第${p + 1}个专业对：${side}“${name}”不在本站收录的${CATALOGUE_EDITION}的${level}专业中（content/catalogue/2021.tsv）。它可能是2021年以后增补或新版目录的专业：请查到教育部公布的专业代码、专业大类和专业类，连同出处（source）手工加入 content/majors.yaml 后再导入，不要猜代码；如名单在目录名称后加了方向，应写作“目录名称（方向）”。`,
        );
        return { name, code: '000000' };
      };
      // Further cells under their printed headings; a blank or a dash is no value, never a zero.
      const extra: Record<string, number | string> = {};
      columns.forEach((column, c) => {
        const cell = (pair.extra?.[c] ?? '').trim();
        if (!cell || /^[—－-]+$/.test(cell)) return;
        if (column.kind === 'text') extra[column.heading] = cell;
        else if (/^\d+(人)?$/.test(cell)) extra[column.heading] = Number.parseInt(cell, 10);
        else problems.push(`附件序号 ${row.no}（原文第${row.line}行起）第${p + 1}个专业对：“${column.heading}”应为人数（如 40），写的是“${cell}”。`);
      });
      return {
        schoolProgram: program(pair.schoolProgram, '中职', '中职专业'),
        college: resolve(pair.college, catalogue.colleges, newColleges),
        collegeProgram: program(pair.collegeProgram, '高职专科', '高职专业'),
        ...(Object.keys(extra).length ? { extra } : {}),
      };
    }),
  }));
  const seenPairs = new Map<string, number>();
  for (const row of listRows)
    row.pairs.forEach((pair, p) => {
      const key = [row.school, pair.schoolProgram.name, pair.college, pair.collegeProgram.name].join('|');
      const first = seenPairs.get(key);
      if (first !== undefined)
        problems.push(`附件序号 ${row.no} 第${p + 1}个专业对与序号 ${first} 的专业对完全相同（同一学校、专业和高职学校）：请核对原文，是否重复录入。`);
      else seenPairs.set(key, row.no);
    });
  const pairs = listRows.reduce((n, r) => n + r.pairs.length, 0);
  const schools = new Set(listRows.map((r) => r.school)).size;
  if (meta.statedSchools !== null && meta.statedSchools !== schools)
    problems.push(`通知正文写明 ${meta.statedSchools} 所中职学校，附件表格中有 ${schools} 所：请核对表格是否完整。`);
  return {
    list: {
      year: meta.year,
      document: meta.document,
      title: meta.title,
      stated: { schools: meta.statedSchools ?? schools, pairs },
      ...(columns.length ? { columns } : {}),
      rows: listRows,
    },
    newSchools,
    newColleges,
    newMajors,
    problems,
  };
}

/** Writes `value` as YAML text: no line folded, whatever its length (a name is never broken). */
const yamlText = (doc: Document) => doc.toString({ lineWidth: 0 });

/** A major as a YAML list entry for majors.yaml (the yaml package quotes what would read otherwise, as the code "720201"). */
export function majorYaml(m: Major): string {
  return yamlText(new Document([{ id: m.id, name: m.name, level: m.level, category: m.category, subcategory: m.subcategory }])).trimEnd();
}

/** Sets the comment lines above a top-level key of `doc`. */
function commentAbove(doc: Document, key: string, lines: string[]) {
  const pair = (doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair && isScalar(pair.key)) pair.key.commentBefore = lines.map((l) => ` ${l}`).join('\n');
}

/**
 * The list as YAML, in the form of content/five-year-lists/2025.yaml, written with the yaml
 * package's Document API: each program and extra column on one line (a flow mapping), a code always
 * quoted, each school and college id with its printed name as a comment beside it, and every other
 * string quoted exactly when YAML would read it as something else (null, true, 1e3 …).
 */
export function listYaml(list: ImportedList, names: Map<string, string>, source: string): string {
  const doc = new Document({
    year: list.year,
    document: list.document,
    title: list.title,
    stated: list.stated,
    ...(list.columns?.length ? { columns: list.columns } : {}),
    rows: list.rows,
  });
  commentAbove(doc, 'year', [
    `${list.title}: the attachment of ${source} (content/policies/${list.document}.md), row by row in`,
    'the order printed, written by `npm run import-notice`. Names are exactly as printed; `code` is the',
    "catalogue code (content/majors.yaml); `direction` is the school's own direction after a catalogue name.",
  ]);
  commentAbove(doc, 'stated', ['schools: the count the notice states in its text; pairs: the pairs its attachment lists.']);
  commentAbove(doc, 'columns', ['Further columns of the table, under their printed headings (students: a number of students).']);
  const named = (path: (string | number)[], id: string) => {
    const node = doc.getIn(path, true);
    const name = names.get(id);
    if (isScalar(node) && name) node.comment = ` ${name}`;
  };
  const oneLine = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    if (isMap(node)) node.flow = true;
    const code = doc.getIn([...path, 'code'], true);
    if (isScalar(code)) code.type = Scalar.QUOTE_DOUBLE;
  };
  list.columns?.forEach((_, i) => oneLine(['columns', i]));
  list.rows.forEach((row, r) => {
    named(['rows', r, 'school'], row.school);
    row.pairs.forEach((pair, p) => {
      const at = ['rows', r, 'pairs', p];
      oneLine([...at, 'schoolProgram']);
      oneLine([...at, 'collegeProgram']);
      if (pair.extra) oneLine([...at, 'extra']);
      named([...at, 'college'], pair.college);
    });
  });
  return yamlText(doc);
}

/** An institution as a YAML list entry for schools.yaml or colleges.yaml: its location not established, for a person to fill in. */
export function institutionYaml(i: Institution): string {
  return yamlText(
    new Document([{ id: i.id, name: i.name, city: null, cityBasis: 'unknown', confidence: null, county: null, countyBasis: null, note: i.note ?? '' }]),
  ).trimEnd();
}

/** A list as read back from its YAML file: just what a comparison needs. */
export interface ListShape {
  rows: { school: string; pairs: { schoolProgram: { name: string }; college: string; collegeProgram: { name: string } }[] }[];
}

/**
 * What replacing the list `before` with `after` would change, in lines for an editor: schools and
 * pairs added and dropped, and partner colleges changed. Empty when the two hold the same pairs.
 */
export function listChanges(before: ListShape, after: ListShape, names: Map<string, string> = new Map()): string[] {
  const name = (id: string) => names.get(id) ?? id;
  const pairKeys = (list: ListShape) =>
    new Set(list.rows.flatMap((r) => r.pairs.map((p) => `${name(r.school)}：${p.schoolProgram.name} → ${name(p.college)} ${p.collegeProgram.name}`)));
  const schools = (list: ListShape) => new Set(list.rows.map((r) => r.school));
  const colleges = (list: ListShape) => new Map(list.rows.map((r) => [r.school, [...new Set(r.pairs.map((p) => p.college))].sort().join('、')]));
  const [pairsBefore, pairsAfter, schoolsBefore, schoolsAfter] = [pairKeys(before), pairKeys(after), schools(before), schools(after)];
  const minus = <T>(a: Set<T>, b: Set<T>) => [...a].filter((x) => !b.has(x));
  const lines: string[] = [];
  const say = (label: string, items: string[]) => items.length && lines.push(`${label}（${items.length}）：${items.join('；')}`);
  const allColleges = (list: ListShape) => new Set(list.rows.flatMap((r) => r.pairs.map((p) => p.college)));
  say('新增学校', minus(schoolsAfter, schoolsBefore).map(name));
  say('不再列入的学校', minus(schoolsBefore, schoolsAfter).map(name));
  say('新增合作高职学校', minus(allColleges(after), allColleges(before)).map(name));
  say('不再列入的合作高职学校', minus(allColleges(before), allColleges(after)).map(name));
  say('新增专业对', minus(pairsAfter, pairsBefore));
  say('不再列入的专业对', minus(pairsBefore, pairsAfter));
  const collegesBefore = colleges(before);
  say(
    '合作高职学校有变化',
    [...colleges(after)]
      .filter(([school, now]) => collegesBefore.has(school) && collegesBefore.get(school) !== now)
      .map(([school, now]) => `${name(school)}：${collegesBefore.get(school)!.split('、').map(name).join('、')} → ${now.split('、').map(name).join('、')}`),
  );
  return lines;
}
