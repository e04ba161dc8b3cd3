// View model of a document's page: its text and table of contents.
import { splitAtListTables, type DocumentPart } from '../content/list-table.ts';

/** A heading as Astro's Markdown pipeline reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The table of contents: headings of levels 2–4, without the 全文 heading, and without the links to
 * explainers that follow a clause's heading (“解读：…”, added to the heading by the clause plugin).
 */
export function policyToc(headings: Heading[]): Heading[] {
  return headings
    .filter((h) => h.depth >= 2 && h.depth <= 4)
    .map((h) => ({ ...h, text: h.text.replace(/\s*解读：[\s\S]*$/, '') }))
    .filter((h) => h.text !== '全文');
}

/**
 * A document's text as its page shows it, from the HTML and headings its collection rendered from
 * the Markdown (src/content/loaders.ts): the HTML cut where a list table goes, and the table of contents.
 */
export function documentText(rendered: { html: string; metadata?: Record<string, unknown> } | undefined): { parts: DocumentPart[]; toc: Heading[] } {
  const headings = rendered?.metadata?.['headings'];
  return { parts: splitAtListTables(rendered?.html ?? ''), toc: policyToc(Array.isArray(headings) ? (headings as Heading[]) : []) };
}
