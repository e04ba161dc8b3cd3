// Words the site uses in more than one place, so a page, a picture and a search result never
// disagree on them.

/** Said where an institution's city is not established (no reliable source; never guessed). */
export const UNKNOWN_LOCATION = '所在地待核实';

/** A newspaper's report is collected beside the documents, and is never presented as one. */
export const isPressReport = (policy: { kind: string }): boolean => policy.kind === '新闻报道';

/** The kind of a collected text as a badge: its level and kind, or that it is a report, not a document. */
export const kindBadge = (policy: { kind: string; level: string }): string =>
  isPressReport(policy) ? '新闻报道，非官方文件' : `${policy.level}${policy.kind}`;

/** The feed's and the search's category of a collected text. */
export const textCategory = (policy: { kind: string }): '新闻报道' | '政策文件' => (isPressReport(policy) ? '新闻报道' : '政策文件');

/** The note under a chart with a value the site computed (drawn hatched on the page and in its pictures alike). */
export const DERIVED_NOTE = '斜线填充的是本站推算值，推算方法见数据表。';
