// What every check returns, and the content it checks: one problem per wrong field, named by
// file, entry and field, and the content that passed its schemas.
import type { RawEntry } from '../raw.ts';
import type { City, FiveYearList, Institution, Major, Policy, Statistic } from '../schemas.ts';
import type { Chart, Explainer, Fact, OfficialChannel, Change, OpenDataset, Question, QualifierEntry, SearchTerm, SiteSettings } from '../editorial-schemas.ts';
import type { DocumentOutline } from '../clause-ids.ts';

/**
 * A problem with an entry's field: its file and label come from the entry (or `at`, a row inside it:
 * 序号 3), so every check names places the same way.
 */
export const problem = (entry: Pick<RawEntry, 'file' | 'label'>, field: string, expected: string, at: string = entry.label): Problem => ({
  file: entry.file,
  entry: at,
  field,
  expected,
});

/** One thing wrong with the content: where it is, which field, and what was expected. */
export interface Problem {
  file: string;
  entry: string;
  field: string;
  expected: string;
}

/** Content that passed its schemas, keyed for the cross-checks. */
export interface ValidContent {
  cities: Valid<City>[];
  schools: Valid<Institution>[];
  colleges: Valid<Institution>[];
  majors: Valid<Major>[];
  statistics: Valid<Statistic>[];
  facts: Valid<Fact>[];
  charts: Valid<Chart>[];
  lists: Valid<FiveYearList>[];
  policies: Valid<Policy & { id: string; body: string }>[];
  explainers: Valid<Explainer & { id: string; body: string }>[];
  qualifiers: Valid<QualifierEntry>[];
  searchTerms: Valid<SearchTerm>[];
  openData: Valid<OpenDataset>[];
  questions: Valid<Question>[];
  officialChannels: Valid<OfficialChannel>[];
  changes: Valid<Change>[];
  site: Valid<SiteSettings> | null;
  /** The outline of every document, valid frontmatter or not (quotes and anchors are checked against it). */
  policyOutlines: Map<string, DocumentOutline>;
}

/** A validated entry and where it came from. */
export interface Valid<T> {
  entry: RawEntry;
  data: T;
}

/** One readable message for all problems: file › entry › field: what was expected. */
export function formatProblems(problems: Problem[]): string {
  return [`内容校验失败，共 ${problems.length} 处（修正后重新构建）：`, ...problems.map((p) => `  ${p.file} › ${p.entry} › ${p.field}：${p.expected}`)].join(
    '\n',
  );
}
