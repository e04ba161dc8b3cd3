/**
 * Qualifiers: the words that limit what a sentence of a document says (原则上, 一般, 要, 可 …).
 * A plain-language claim that rests on a quote containing one must keep it, or an equivalent
 * kept beside it in content/qualifiers.yaml, so that a paraphrase never says more than its clause.
 */

/** One qualifier as content/qualifiers.yaml describes it. */
export interface Qualifier {
  /** The word as the documents print it (also the name used in messages). */
  word: string;
  /** Other printed forms that mean the same limit (可 for 可以). */
  forms?: string[] | undefined;
  /** Words in which the characters do not qualify anything (主要 for 要). */
  notIn?: string[] | undefined;
  /** What a claim may say instead (要求 for 要). */
  equivalents: string[];
}

/** Text with every compound in `notIn` blanked out, so a form found in it does not count. */
function withoutCompounds(text: string, notIn: readonly string[]): string {
  return [...notIn].sort((a, b) => b.length - a.length).reduce((t, word) => t.split(word).join('\u0000'), text);
}

/** Whether `text` contains one of `words`, not counting occurrences inside `notIn` compounds. */
export function containsTerm(text: string, words: readonly string[], notIn: readonly string[] = []): boolean {
  const plain = withoutCompounds(text, notIn);
  return words.some((w) => plain.includes(w));
}

/** The qualifiers present in a quote. */
export function qualifiersIn(quote: string, table: readonly Qualifier[]): Qualifier[] {
  return table.filter((q) => containsTerm(quote, [q.word, ...(q.forms ?? [])], q.notIn));
}

/**
 * The qualifiers a claim drops: present in one of its quotes, absent from the claim (neither the
 * word, a form, nor an equivalent), and not explained away in `exempt`.
 */
export function droppedQualifiers(
  claim: string,
  quotes: readonly string[],
  table: readonly Qualifier[],
  exempt: readonly string[] = [],
): { qualifier: Qualifier; quote: string }[] {
  const dropped: { qualifier: Qualifier; quote: string }[] = [];
  for (const quote of quotes)
    for (const q of qualifiersIn(quote, table)) {
      if (exempt.includes(q.word) || dropped.some((d) => d.qualifier.word === q.word)) continue;
      if (!containsTerm(claim, [q.word, ...(q.forms ?? []), ...q.equivalents], q.notIn)) dropped.push({ qualifier: q, quote });
    }
  return dropped;
}
