import { squash } from './text.ts';

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

/** The elements that can hold a numbered clause. */
export const NUMBERED = ['h2', 'h3', 'h4', 'h5', 'h6', 'p'];

/** The numbered headings and paragraphs of a document tree, in document order, each with its anchor (see clauseIds). */
function numberedUnits(tree: DocumentNode): { node: DocumentNode; id: string; label: ClauseLabel }[] {
  const found: { node: DocumentNode; label: ClauseLabel }[] = [];
  const collect = (node: DocumentNode) => {
    if (node.type === 'element' && NUMBERED.includes(node.tagName ?? '')) {
      const label = clauseLabel(plainText(node));
      if (label) found.push({ node, label });
    }
    // HTML written in the document is left as written: the clause plugin sees it as raw text.
    if (node.type !== 'raw') for (const child of node.children ?? []) collect(child);
  };
  collect(tree);
  const ids = clauseIds(found.map((f) => f.label));
  return found.flatMap((f, i) => (ids[i] ? [{ ...f, id: ids[i] }] : []));
}

/** The anchors of a document tree's numbered headings and paragraphs, in document order (the clause plugin's queue). */
export function treeClauseIds(tree: DocumentNode): { id: string; label: ClauseLabel }[] {
  return numberedUnits(tree).map(({ id, label }) => ({ id, label }));
}

/**
 * A node of a document's hast tree as the Markdown pipeline (Sätteri) gives it: elements, text, and
 * `raw` nodes for the HTML written in the source (`<p id="intro">`); src/content/read.ts gives a raw
 * node the elements it parses to as children, so its words and ids are part of the outline.
 */
export interface DocumentNode {
  type: string;
  tagName?: string;
  value?: unknown;
  properties?: Record<string, unknown>;
  children?: readonly DocumentNode[];
}

/** A paragraph, heading or cell of a document and the anchor it falls under. */
export interface DocumentBlock {
  text: string;
  /** The block's own anchor, if it has one. */
  own: string | null;
  /** The nearest anchor at or before the block (its own, else the last one before it). */
  anchor: string | null;
}

/** What the checks and the source links need of a document: its blocks, every anchor and the named sections' titles. */
export interface DocumentOutline {
  blocks: DocumentBlock[];
  /** Every anchor the page will have: numbered units and explicit ids. */
  anchors: Set<string>;
  /** The title of each named section: its heading, or its own bold run-in head (“联系方式”部分). */
  titles: Map<string, string>;
  /** The reading text of the whole document, block by block. */
  text: string;
}

/** Elements whose text is one block (a quote is looked for within one). */
const TEXT_BLOCKS = new Set([...NUMBERED, 'h1', 'li', 'td', 'th', 'dt', 'dd', 'caption', 'figcaption']);

const tagOf = (node: DocumentNode): string | null => (node.type === 'element' ? (node.tagName ?? null) : null);

function explicitId(node: DocumentNode): string | null {
  const id = node.type === 'element' ? node.properties?.['id'] : null;
  return typeof id === 'string' && id ? id : null;
}

const hasOwnWords = (node: DocumentNode): boolean => (node.children ?? []).some((c) => c.type === 'text' && typeof c.value === 'string' && c.value.trim() !== '');

const plainText = (node: DocumentNode): string =>
  node.type === 'text' && typeof node.value === 'string' ? node.value : (node.children ?? []).map(plainText).join('');

/** A named section's title: a heading with an id, or an element with an id that opens with a bold run-in head. */
function sectionTitle(node: DocumentNode): string | null {
  const tag = tagOf(node);
  if (tag && /^h[2-6]$/.test(tag)) return plainText(node).trim() || null;
  const first = (node.children ?? []).find((c) => !(c.type === 'text' && typeof c.value === 'string' && !c.value.trim()));
  return first && tagOf(first) === 'strong' ? plainText(first).trim() || null : null;
}

/**
 * A document's outline from its hast tree, by the same rule as the page's anchors (`clauseIds` on
 * the numbered elements, as the clause plugin applies it when the page is rendered), so the checks
 * and source links can never disagree with the page.
 */
export function documentOutline(tree: DocumentNode): DocumentOutline {
  const clauseOf = new Map(numberedUnits(tree).map(({ node, id }) => [node, id]));

  const outline: DocumentOutline = { blocks: [], anchors: new Set(), titles: new Map(), text: '' };
  let current: string | null = null;
  const walk = (node: DocumentNode, inBlock: boolean) => {
    const explicit = explicitId(node);
    const own = explicit ?? clauseOf.get(node) ?? null;
    if (own) outline.anchors.add(own);
    if (explicit) {
      const title = sectionTitle(node);
      // Quotation marks inside the title become the inner pair (“‘两翼’建设取得突破”部分, not ““两翼”…”).
      if (title) outline.titles.set(explicit, `“${title.replace(/[。：:]$/, '').replace(/“/g, '‘').replace(/”/g, '’')}”部分`);
    }
    if (own && !inBlock) current = own;
    const tag = tagOf(node);
    // A paragraph, heading or cell is a block; so is any other element that holds words of its own
    // (a `<div>` written with bare text), so no word of the document is left out of its text.
    const block = !inBlock && tag !== null && (TEXT_BLOCKS.has(tag) || hasOwnWords(node));
    if (block) outline.blocks.push({ text: plainText(node), own, anchor: current });
    for (const child of node.children ?? []) walk(child, inBlock || block);
  };
  walk(tree, false);
  outline.text = outline.blocks.map((b) => b.text).join('\n');
  return outline;
}

/** Whether a quote (white space aside) lies in the clause `anchor` of a document: in it, or in a unit numbered under it. */
export function quoteInClause(outline: DocumentOutline, anchor: string, quote: string): boolean {
  const target = squash(quote);
  return outline.blocks.some((b) => (b.anchor === anchor || b.anchor?.startsWith(`${anchor}-`) || b.own === anchor) && squash(b.text).includes(target));
}

/** The anchor of the clause that contains a quote (white space aside), or null when none does. */
export function anchorOfQuote(outline: DocumentOutline, quote: string): string | null {
  const target = squash(quote);
  return outline.blocks.find((b) => squash(b.text).includes(target))?.anchor ?? null;
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
