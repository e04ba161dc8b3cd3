// What src/content/read.ts reads from a content folder, before validation: the input of the checks
// (src/lib/content/checks/). Types only; the reading is I/O and lives in src/content/.
import type { DocumentOutline } from './clause-ids.ts';

/** One entry as found on disk, before validation. */
export interface RawEntry {
  /** Path of the file, relative to the project (for messages). */
  file: string;
  /** How to name the entry in a message: its id, or its position. */
  label: string;
  /** The parsed data. */
  data: unknown;
  /** The MDX body, for documents. */
  body?: string;
  /** The line of the file on which `body` starts (for messages that name a line of the body). */
  bodyLine?: number;
  /**
   * A policy document's outline, parsed from `body` once, here. Every check and source link reads
   * the document's anchors from it (a test that changes `body` in memory must parse it again).
   */
  outline?: DocumentOutline;
}

/** Everything in a content folder, as parsed but not yet validated. */
export interface RawContent {
  cities: RawEntry[];
  schools: RawEntry[];
  colleges: RawEntry[];
  majors: RawEntry[];
  statistics: RawEntry[];
  facts: RawEntry[];
  charts: RawEntry[];
  lists: RawEntry[];
  policies: RawEntry[];
  explainers: RawEntry[];
  /** Qualifier words (content/qualifiers.yaml). */
  qualifiers: RawEntry[];
  /** Words people type and the pages they should find (content/search-terms.yaml). */
  searchTerms: RawEntry[];
  /** The open data files and their fields (content/open-data.yaml). */
  openData: RawEntry[];
  /** What a family should ask, and what the documents leave open (content/questions.yaml). */
  questions: RawEntry[];
  /** Checked official channels of the institutions (content/official-channels.yaml). */
  officialChannels: RawEntry[];
  /** The site's record of changes and corrections (content/changes.yaml). */
  changes: RawEntry[];
  /** content/site.yaml, as one entry (null when the file is missing). */
  site: RawEntry | null;
  /** Names of the raw source files in the seeds folder. */
  seeds: string[];
  /** The full catalogue of majors (content/catalogue/2021.tsv), as text; null when the file is missing. */
  catalogue: { file: string; text: string } | null;
  /** Files that could not be read or parsed at all. */
  unreadable: { file: string; reason: string }[];
}
