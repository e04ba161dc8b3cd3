// View model of a document's page: its text and table of contents, and its relations to other documents.
import { splitAtListTables, type DocumentPart } from '../content/list-table.ts';
import { basisLabel, incomingLabel, RELATION_LABEL } from '../content/relations.ts';
import type { Policy } from '../content/schemas.ts';
import { isPressReport } from '../domain/vocabulary.ts';
import { facetAttributes, policyFacets } from '../domain/facets.ts';
import { layoutTimeline } from '../geometry/timeline.ts';
import { dateLabelShort, formatDate } from '../web/format.ts';
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
    relations: data.relations.map((r) => statedRelation(r, titles)),
    incoming: incoming.map((d) => {
      const r = d.data.relations.find((x) => x.document === id)!;
      return { href: route.policy(d.id), title: d.data.shortTitle, label: incomingLabel(r), basis: basisLabel(r), note: r.note };
    }),
  };
}

/** A relation stated by a document, as the relation lists show it. */
function statedRelation(r: Policy['relations'][number], titles: ReadonlyMap<string, string>) {
  return {
    label: RELATION_LABEL[r.type],
    held: r.document ? { href: route.policy(r.document), title: titles.get(r.document) ?? r.document } : null,
    cited: { title: r.citedTitle, number: r.citedNumber },
    basis: basisLabel(r),
    quote: r.quote,
    note: r.note,
  };
}

/**
 * /policies/: the documents on an even-spaced timeline with arcs for their relations, the same in
 * order as a list, every relation with its basis, and each document's facts with the facets its
 * filters read (every filter option is a value some document has).
 */
export function policyIndexView(policies: { id: string; data: Policy }[]) {
  const timeline = layoutTimeline(
    policies.map((p) => ({
      id: p.id,
      label: p.data.shortTitle,
      date: p.data.date,
      relations: p.data.relations.flatMap((r) => (r.document ? [{ type: r.type, document: r.document }] : [])),
    })),
  );
  const byId = new Map(policies.map((p) => [p.id, p]));
  const titles = new Map(policies.map((p) => [p.id, p.data.shortTitle]));
  const ordered = timeline.points.map((pt) => byId.get(pt.id)!);
  const facets = policies.map((p) => policyFacets(p.data));
  const optionsOf = (key: string) => [...new Set(facets.flatMap((f) => f[key] ?? []))];
  return {
    count: policies.length,
    timeline: {
      ...timeline,
      /** The drawing's text alternative: each document's date and title, in order. */
      description: ordered.map((p) => `${formatDate(p.data.date)}：${p.data.shortTitle}`).join('；'),
      /** Each point's date in words and its label cut into lines of nine characters. */
      points: timeline.points.map((pt) => ({ ...pt, dateText: formatDate(pt.date), lines: pt.label.match(/.{1,9}/gu) ?? [] })),
    },
    documents: ordered.map((p) => {
      const press = isPressReport(p.data);
      return {
        href: route.policy(p.id),
        title: p.data.title,
        shortTitle: p.data.shortTitle,
        date: formatDate(p.data.date),
        /** The documents it relates to that the site holds (the timeline list's arrows). */
        relatedHeld: p.data.relations.flatMap((r) =>
          r.document ? [{ label: RELATION_LABEL[r.type], href: route.policy(r.document), title: titles.get(r.document) }] : [],
        ),
        facets: facetAttributes(policyFacets(p.data)),
        isPress: press,
        issuersLabel: press ? '媒体' : '发文机关',
        issuers: p.data.issuers.join('、'),
        docNumber: p.data.docNumber ?? '原文未印文号',
        docNumberCited: Boolean(p.data.docNumberSource),
        dateLabel: dateLabelShort(p.data.dateLabel),
        disclosure: p.data.disclosure ?? '原文未标注',
        level: p.data.level,
        kind: p.data.kind,
        summary: p.data.summary,
      };
    }),
    relations: policies.flatMap((p) =>
      p.data.relations.map((r) => ({ from: { href: route.policy(p.id), title: p.data.shortTitle }, ...statedRelation(r, titles) })),
    ),
    filters: [
      { key: 'level', label: '层级', options: optionsOf('level') },
      { key: 'kind', label: '文种', options: optionsOf('kind') },
      { key: 'year', label: '年份', options: optionsOf('year').sort() },
      { key: 'issuer', label: '发文机关', options: optionsOf('issuer') },
    ],
  };
}
