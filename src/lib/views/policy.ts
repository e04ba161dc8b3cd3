// View model of a document's page: its text and table of contents, and its relations to other documents.
import { splitAtListTables, type DocumentPart } from '../content/list-table.ts';
import { basisLabel, incomingLabel, RELATION_LABEL } from '../content/relations.ts';
import type { Policy } from '../content/schemas.ts';
import { isPressReport } from '../domain/vocabulary.ts';
import { formatDate } from '../web/format.ts';
import { route } from '../web/urls.ts';

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

/**
 * What a document's page says of the document beyond its text: whether it is a press report, its
 * date in words, and its relations both ways: those it states (to a document the site holds,
 * linked, or to one it does not, by its cited title and number) and those other documents state of
 * it, each with the basis the site shows it on.
 */
export function policyPageView(input: {
  id: string;
  data: Pick<Policy, 'kind' | 'date' | 'relations'>;
  incoming: { id: string; data: { shortTitle: string; relations: Policy['relations'] } }[];
  titles: ReadonlyMap<string, string>;
}) {
  const { id, data, incoming, titles } = input;
  return {
    isPress: isPressReport(data),
    date: formatDate(data.date),
    relations: data.relations.map((r) => ({
      label: RELATION_LABEL[r.type],
      held: r.document ? { href: route.policy(r.document), title: titles.get(r.document) ?? r.document } : null,
      cited: { title: r.citedTitle, number: r.citedNumber },
      basis: basisLabel(r),
      quote: r.quote,
      note: r.note,
    })),
    incoming: incoming.map((d) => {
      const r = d.data.relations.find((x) => x.document === id)!;
      return { href: route.policy(d.id), title: d.data.shortTitle, label: incomingLabel(r), basis: basisLabel(r), note: r.note };
    }),
  };
}
