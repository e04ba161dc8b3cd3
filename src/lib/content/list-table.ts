// Where a policy document shows a five-year list as a table. Documents are Markdown, so they hold
// no components: the 2025 notice's attachment is written as an empty element that names the list's
// year, and the document page puts the list table (src/components/FiveYearListTable.astro) there.

/** The element a document writes where the list of `year` goes (a word in its place, for a message). */
export const listTableMarker = (year: number | string) => `<div data-five-year-list="${year}"></div>`;

const MARKER = /<div data-five-year-list="(\d{4})"><\/div>/g;

/** The years of the list tables a document's text asks for, in order. */
export function listTablesIn(text: string): number[] {
  return [...text.matchAll(MARKER)].map((m) => Number(m[1]));
}

/** The text without its list tables (each marker and the line it stands on). */
export const withoutListTables = (text: string): string => text.replace(new RegExp(`^${MARKER.source}\\n?`, 'gm'), '');

/** A component written in a document as if it were MDX (`<FiveYearListTable year={2025} />`): Markdown would print it as it stands. */
export function componentTagsIn(text: string): string[] {
  return [...text.matchAll(/<[A-Z][A-Za-z]*(?=[\s/>])[^>]*>/g)].map((m) => m[0]);
}

/** A document's HTML cut at its list tables: the HTML between them, and the year of each table. */
export type DocumentPart = { html: string } | { listYear: number };

export function splitAtListTables(html: string): DocumentPart[] {
  const parts: DocumentPart[] = [];
  let from = 0;
  for (const m of html.matchAll(MARKER)) {
    parts.push({ html: html.slice(from, m.index) }, { listYear: Number(m[1]) });
    from = m.index + m[0].length;
  }
  parts.push({ html: html.slice(from) });
  return parts.filter((p) => !('html' in p) || p.html !== '');
}
