// View model of a document's page: its table of contents and the documents that point to it.

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
