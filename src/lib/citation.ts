/** What a GB/T 7714 citation of a document (or one of its clauses) needs. */
export interface CitationInput {
  issuers: string[];
  title: string;
  docNumber: string | null;
  /** YYYY-MM-DD or YYYY. */
  date: string;
  /** The clause as printed, e.g. “（六）” or “二、4”; omitted for the whole document. */
  clause?: string;
  url: string;
  /** The day the reader cites it (YYYY-MM-DD). */
  accessed: string;
  /** A press report is cited as a newspaper item [N], not an official document. */
  press?: boolean;
}

/**
 * A citation in the style of GB/T 7714—2015 for an online document:
 * 责任者. 题名: 文号[EB/OL]. (发布日期)[引用日期]. 网址.
 * The clause, when given, follows the title so a reader finds the exact passage.
 */
export function gbtCitation(c: CitationInput): string {
  const title = [c.title, c.docNumber].filter(Boolean).join(': ');
  const clause = c.clause ? `, ${c.clause}` : '';
  const type = c.press ? '[N/OL]' : '[EB/OL]';
  return `${c.issuers.join(', ')}. ${title}${clause}${type}. (${c.date})[${c.accessed}]. ${c.url}.`;
}

/** Today's date as YYYY-MM-DD in China Standard Time (the date a Chinese reader would write). */
export function accessedDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}
