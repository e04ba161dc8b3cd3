import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { mdxPlainText, squash } from './text.ts';

/** The numbered units of a Chinese official document. */
export type ClauseKind = 'part' | 'clause' | 'item';

/** A numbered heading or paragraph: 一、 (part), （一） (clause) or 1. (item). */
export interface ClauseLabel {
  kind: ClauseKind;
  n: number;
  /** The label as printed, e.g. “（六）”. */
  printed: string;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a Chinese numeral from 一 to 九十九; NaN when it is not one. */
export function chineseNumeral(text: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return Number.NaN;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? (DIGITS[tens] ?? Number.NaN) : Number.NaN;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (units ? (DIGITS[units] ?? 0) : 0);
}

/** Recognises the numbering a heading or paragraph starts with. */
export function clauseLabel(text: string): ClauseLabel | null {
  const t = text.trimStart();
  let m = /^([一二三四五六七八九十]+)、/.exec(t);
  if (m?.[1]) return { kind: 'part', n: chineseNumeral(m[1]), printed: m[0] };
  m = /^[（(]([一二三四五六七八九十]+)[）)]/.exec(t);
  if (m?.[1]) return { kind: 'clause', n: chineseNumeral(m[1]), printed: m[0] };
  m = /^(\d{1,2})[.．]/.exec(t);
  if (m?.[1]) return { kind: 'item', n: Number(m[1]), printed: m[0] };
  return null;
}

/**
 * Stable anchors for a document's numbered units, in order. Parts are `part-N`. Clauses are
 * `clause-N` when the document numbers them once through (as the 2023 opinion does, so its （六）
 * is `#clause-6`), and `part-P-clause-N` when numbering restarts in each part. Items are nested
 * under the clause or part they follow. The anchors depend only on the printed numbering, so they
 * never change when the wording around them is corrected.
 */
export function clauseIds(labels: (ClauseLabel | null)[]): (string | null)[] {
  const clauseNumbers = labels.filter((l) => l?.kind === 'clause').map((l) => l?.n);
  const globalClauses = new Set(clauseNumbers).size === clauseNumbers.length;
  let part: string | null = null;
  let clause: string | null = null;
  const seen = new Set<string>();
  return labels.map((label) => {
    if (!label || Number.isNaN(label.n)) return null;
    let id: string;
    if (label.kind === 'part') {
      id = part = `part-${label.n}`;
      clause = null;
    } else if (label.kind === 'clause') {
      id = clause = globalClauses || !part ? `clause-${label.n}` : `${part}-clause-${label.n}`;
    } else {
      const parent = clause ?? part;
      id = parent ? `${parent}-item-${label.n}` : `item-${label.n}`;
    }
    if (seen.has(id)) return null;
    seen.add(id);
    return id;
  });
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** The elements that can hold a numbered clause. */
export const NUMBERED = ['h2', 'h3', 'h4', 'h5', 'h6', 'p'];

/** The anchors of a document tree's numbered headings and paragraphs, in document order. */
export function treeClauseIds(tree: Root): { id: string; label: ClauseLabel }[] {
  const labels: ClauseLabel[] = [];
  visit(tree, 'element', (node: Element) => {
    if (!NUMBERED.includes(node.tagName)) return;
    const label = clauseLabel(textOf(node));
    if (label) labels.push(label);
  });
  return clauseIds(labels).flatMap((id, i) => {
    const label = labels[i];
    return id && label ? [{ id, label }] : [];
  });
}

/** A block of an MDX body (a paragraph, heading or JSX element) and the anchor it falls under. */
export interface DocumentBlock {
  text: string;
  /** The block's own anchor, if it has one. */
  own: string | null;
  /** The nearest anchor at or before the block (its own, else the last one before it). */
  anchor: string | null;
}

/**
 * The blocks of an MDX document body with their anchors: explicit `id="…"` attributes and the
 * clause anchors of numbered Markdown headings and paragraphs (the same rule as the plugin).
 */
export function documentBlocks(body: string): DocumentBlock[] {
  const blocks = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !/^(import|export)\s/.test(block));
  const labels = blocks.map((block) => (block.startsWith('<') ? null : clauseLabel(block.replace(/^#{1,6}\s+/, '').replace(/\\(.)/g, '$1'))));
  const ids = clauseIds(labels);
  let current: string | null = null;
  return blocks.map((block, i) => {
    const explicit = /\sid="([a-z0-9-]+)"/.exec(block)?.[1] ?? null;
    const own = explicit ?? ids[i] ?? null;
    if (own) current = own;
    return { text: block, own, anchor: current };
  });
}

/** Every anchor a document page will have. */
export function documentAnchors(body: string): Set<string> {
  const anchors = new Set<string>();
  for (const block of documentBlocks(body)) {
    if (block.own) anchors.add(block.own);
    for (const m of block.text.matchAll(/\sid="([a-z0-9-]+)"/g)) anchors.add(m[1] ?? '');
  }
  return anchors;
}

/** Whether a quote (white space aside) lies in the clause `anchor` of a document: in it, or in a unit numbered under it. */
export function quoteInClause(body: string, anchor: string, quote: string): boolean {
  const target = squash(quote);
  return documentBlocks(body).some(
    (b) => (b.anchor === anchor || b.anchor?.startsWith(`${anchor}-`) || b.own === anchor) && squash(mdxPlainText(b.text)).includes(target),
  );
}

/** The anchor of the clause that contains a quote (white space aside), or null when none does. */
export function anchorOfQuote(body: string, quote: string): string | null {
  const target = squash(quote);
  const block = documentBlocks(body).find((b) => squash(mdxPlainText(b.text)).includes(target));
  return block?.anchor ?? null;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1–99 as a Chinese numeral (十二, 二十). */
export function toChineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? NUMERALS[tens] : ''}十${NUMERALS[n % 10] ?? ''}`;
}

/** Names of the anchors that are not numbered clauses. */
const NAMED_ANCHORS: Record<string, string> = { intro: '开头', attachment: '附件' };

/**
 * How a reader names the clause an anchor points to: part-2-item-4 → 第二部分第4条, clause-6 →
 * 第（六）条, part-4-clause-2 → 第四部分第（二）条; null for a named section (use its heading).
 */
export function clauseName(anchor: string): string | null {
  if (NAMED_ANCHORS[anchor]) return NAMED_ANCHORS[anchor];
  const parts = [...anchor.matchAll(/(part|clause|item)-(\d+)/g)];
  if (parts.length === 0 || parts.map((m) => m[0]).join('-') !== anchor) return null;
  return parts
    .map(([, kind, n]) =>
      kind === 'part' ? `第${toChineseNumeral(Number(n))}部分` : kind === 'clause' ? `第（${toChineseNumeral(Number(n))}）条` : `第${n}条`,
    )
    .join('');
}

/** The titles of a document's named sections (a heading with an id, or a paragraph with an id that opens with a bold run-in head). */
export function sectionTitles(body: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const block of documentBlocks(body)) {
    const id = /\sid="([a-z0-9-]+)"/.exec(block.text)?.[1];
    const head = (/^<[a-z0-9]+[^>]*>\s*<strong>([^<]+)<\/strong>/.exec(block.text) ?? /^<h[2-6][^>]*>([^<]+)<\/h[2-6]>/.exec(block.text))?.[1];
    if (id && head) titles.set(id, `“${head.replace(/[。：:]$/, '')}”部分`);
  }
  return titles;
}
