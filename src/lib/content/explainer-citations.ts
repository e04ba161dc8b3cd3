/** A citation of a clause inside an explainer: <Cite doc="…" at="…">…</Cite>. */
export interface ClauseCitation {
  doc: string;
  at: string;
}

/** The clause citations in an explainer's MDX body, in order. */
export function citationsIn(body: string): ClauseCitation[] {
  return [...body.matchAll(/<Cite\s+doc="([a-z0-9-]+)"\s+at="([a-z0-9-]+)"/g)].map((m) => ({ doc: m[1] ?? '', at: m[2] ?? '' }));
}

/** For each document and clause, the explainers that cite it (each once). */
export function citationIndex(explainers: { id: string; title: string; body: string }[]): Map<string, Map<string, { id: string; title: string }[]>> {
  const index = new Map<string, Map<string, { id: string; title: string }[]>>();
  for (const explainer of explainers)
    for (const { doc, at } of citationsIn(explainer.body)) {
      const clauses = index.get(doc) ?? new Map<string, { id: string; title: string }[]>();
      const list = clauses.get(at) ?? [];
      if (!list.some((e) => e.id === explainer.id)) list.push({ id: explainer.id, title: explainer.title });
      clauses.set(at, list);
      index.set(doc, clauses);
    }
  return index;
}

/** The statistic ids an explainer shows with <Stat id="…" />. */
export function statsIn(body: string): string[] {
  return [...body.matchAll(/<Stat\s+id="([a-z0-9-]+)"/g)].map((m) => m[1] ?? '');
}
