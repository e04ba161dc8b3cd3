// What every page shows the same way, whatever the page: the footer's dates and corrections, and how
// a quoted clause is named and dated. Loaded once per page by src/middleware.ts (src/data/site-context.ts)
// into Astro.locals.site, so the footer and the source quotes, which every page type uses at any
// depth, take it from there instead of loading data themselves.
import type { Change } from '../content/editorial-schemas.ts';
import { formatDate } from '../web/format.ts';
import { route } from '../web/urls.ts';
import type { PeriodStatus } from './period.ts';

/** The footer of one page. */
export interface FooterView {
  /** The newest document the site holds, linked, with its date in words. */
  newest: { href: string; title: string; date: string } | null;
  /** The day the content was last checked, in words (内容核对至…). */
  checked: string;
  /** Corrections of this page (content/changes.yaml, kind 更正), newest first, dates in words. */
  corrections: { date: string; what: string }[];
}

/**
 * A document as the pages that name it say it, one record for every view (src/data/collections.ts
 * loadNamedDocuments); each view takes the fields it shows.
 */
export interface NamedDocument {
  title: string;
  shortTitle: string;
  /** The title a citation gives, where it differs from the title. */
  citeTitle?: string | undefined;
  docNumber: string | null;
  issuers: string[];
  date: string;
  /** What the date is (成文日期, 会议日期…). */
  dateLabel: string;
  /** A press report, not an official text. */
  press: boolean;
}

/** How a quoted clause is named and dated, for every document the site holds. */
export interface SourceLookup {
  /** Each document's short title by id. */
  titles: ReadonlyMap<string, string>;
  /** A clause's name for a reader (第二部分第4条), or '' for the document as a whole. */
  clause: (document: string, anchor: string | null) => string;
  /** Each document's period as of the check date (src/lib/views/period.ts). */
  periods: ReadonlyMap<string, PeriodStatus>;
}

export interface SiteContext {
  footer: FooterView;
  sources: SourceLookup;
}

/** A clause's words as a page shows them: linked to the clause, named, and dated where it rules. */
export interface ShownSource {
  quote: string;
  href: string;
  /** 《…》 short title and clause name (实施意见 第二部分第4条). */
  name: string;
  /** When the document applies; absent for a press report (it reports, it does not rule) or an unknown document. */
  period?: { text: string; passed: boolean };
}

/**
 * The footer of the page at site path `path` (no leading slash: '' for the home page): the newest
 * document, the check date, and the corrections whose pages name this one.
 */
export function footerView(input: {
  newest: { id: string; shortTitle: string; date: string } | undefined;
  checked: string;
  changes: readonly Change[];
  path: string;
}): FooterView {
  const { newest, checked, changes, path } = input;
  return {
    newest: newest ? { href: route.policy(newest.id), title: newest.shortTitle, date: formatDate(newest.date) } : null,
    checked: formatDate(checked),
    corrections: changes.filter((c) => c.kind === '更正' && c.pages.includes(path)).map((c) => ({ date: formatDate(c.date), what: c.what })),
  };
}

/** A clause a sentence rests on, as it is shown under the sentence (src/components/SourceWords.astro). */
export function shownSource(source: { document: string; anchor: string | null; quote: string }, lookup: SourceLookup): ShownSource {
  const period = lookup.periods.get(source.document);
  return {
    quote: source.quote,
    href: route.policy(source.document, source.anchor),
    name: [lookup.titles.get(source.document) ?? source.document, lookup.clause(source.document, source.anchor)].filter(Boolean).join(' '),
    ...(period && !period.report ? { period: { text: period.text, passed: period.passed } } : {}),
  };
}
