import { appendTo } from '../domain/by-id.ts';
import type { Policy } from './schemas.ts';

type Relation = Policy['relations'][number];

/** How each relation reads, from the document that states it (本文贯彻落实：…). */
export const RELATION_LABEL: Record<Relation['type'], string> = {
  'carries-out': '贯彻落实',
  cites: '引用',
  'reports-on': '报道',
  'same-work': '涉及同一项工作',
};

/** How a relation reads from the other side (…贯彻落实本文). */
export function incomingLabel(relation: Relation): string {
  return relation.type === 'same-work' ? '与本文涉及同一项工作' : `${RELATION_LABEL[relation.type]}本文`;
}

/** The words that say on what basis the site shows a relation. */
export function basisLabel(relation: Relation): string {
  return relation.basis === 'stated' ? '原文写明' : '本站的理解，原文未写明';
}

/** The year-precision comparison of two document dates (YYYY or YYYY-MM-DD): negative when a is earlier. */
export function compareDocumentDates(a: string, b: string): number {
  if (a.length === 4 || b.length === 4) return Number(a.slice(0, 4)) - Number(b.slice(0, 4));
  return a.localeCompare(b);
}

/**
 * Whether a relation runs against the dates: a document can carry out, cite or report on only a
 * document issued before it (same year counts when either date is only a year).
 */
export function againstDates(relation: Relation, fromDate: string, toDate: string): boolean {
  return relation.type !== 'same-work' && compareDocumentDates(toDate, fromDate) > 0;
}

/**
 * For each document id, the documents whose relations name it, in the order given and each once:
 * built in one pass, so a page looks its own up instead of scanning every document.
 */
export function incomingDocuments<T extends { data: { relations: ReadonlyArray<{ document?: string | undefined }> } }>(all: T[]): Map<string, T[]> {
  const incoming = new Map<string, T[]>();
  for (const d of all)
    for (const id of new Set(d.data.relations.flatMap((r) => (r.document ? [r.document] : [])))) appendTo(incoming, id, d);
  return incoming;
}
