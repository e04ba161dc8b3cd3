import { filterToSearch, parseFilter } from './facets.ts';

/** The type filter values of the site's search index, in display order. */
export const SEARCH_TYPES = ['政策文件', '解读', '学校', '高职院校', '专业', '城市'] as const;

/** The search page's state in its URL: /search/?q=机电&type=学校&city=朔州市&field=… */
export interface SearchState {
  q: string;
  type?: string;
  city?: string;
  field?: string;
}

const SEARCH_KEYS = ['q', 'type', 'city', 'field'] as const;

/** Reads the search page's address, as the filter pages read theirs (src/lib/domain/facets.ts); `q` is always there. */
export function parseSearch(search: string): SearchState {
  return { q: '', ...parseFilter(search, SEARCH_KEYS) };
}

/** The search page's state as its address's query ('' when empty), keys in a fixed order. */
export const searchToQuery = (state: SearchState): string => filterToSearch({ ...state }, SEARCH_KEYS);

/**
 * Whether a query is worth a search: one Latin letter or digit is not (it matches the start of
 * every pinyin word and code, and a first result for “s” is noise while “shuozhou” is being typed).
 * One Chinese character is.
 */
export function searchable(q: string): boolean {
  return q.trim() !== '' && !/^[a-z0-9]$/i.test(q.trim());
}

/** Pagefind's filter object for the state (only the filters that are set). */
export function searchFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of ['type', 'city', 'field'] as const) if (state[key]) filters[key] = state[key] ?? '';
  return filters;
}

/** An element with an id that Pagefind saw on a page, and where its text starts. */
export interface Anchor {
  id: string;
  location: number;
  text?: string;
}

/**
 * The anchor a match belongs to: the last element with an id that starts at or before the
 * match. Lets a result link straight to the clause it matched, not only to headings.
 */
export function nearestAnchor(anchors: Anchor[], location: number): Anchor | null {
  let best: Anchor | null = null;
  for (const anchor of anchors) if (anchor.location <= location && (!best || anchor.location >= best.location)) best = anchor;
  return best;
}

/** Splits a Pagefind excerpt into plain text and marked runs, never trusting it as HTML. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e] ?? '');
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return { text: decode((marked ? (marked[1] ?? '') : part).replace(/<[^>]*>/g, '')), mark: Boolean(marked) };
    });
}

/**
 * The filters of a page for Pagefind, one `key:value` pair each (rendered as empty elements with
 * `data-pagefind-filter="key:value"`, so nothing is added to the searchable text).
 */
export function pagefindFilters(filters: { type: string; city?: string | string[] | undefined; field?: string[] }): string[] {
  const cities = filters.city === undefined ? [] : Array.isArray(filters.city) ? filters.city : [filters.city];
  return [`type:${filters.type}`, ...cities.map((c) => `city:${c}`), ...(filters.field ?? []).map((f) => `field:${f}`)];
}

/** The parts of a Pagefind result fragment that decide where it links. */
export interface ResultFragment {
  url: string;
  weighted_locations: { weight: number; location: number }[];
  anchors: Anchor[];
}

/**
 * Where a result links to: the part of the page (the element with an id a match falls under, or the
 * top of the page) that holds the most match weight. A title match (weight 10) links to the page
 * itself; a clause full of matches wins over a stray match elsewhere, which matters because
 * Chinese queries can also match single characters of other words. Ties go to the earlier part.
 */
export function resultTarget(fragment: ResultFragment): { url: string; anchor: Anchor | null } {
  const page = fragment.url.split('#')[0] ?? fragment.url;
  const anchors = fragment.anchors.filter((a) => a.id !== 'main');
  const scores = new Map<Anchor | null, number>();
  for (const w of fragment.weighted_locations) {
    const anchor = nearestAnchor(anchors, w.location);
    scores.set(anchor, (scores.get(anchor) ?? 0) + w.weight);
  }
  let best: Anchor | null = null;
  let bestScore = -1;
  for (const [anchor, score] of scores) {
    const earlier = (anchor?.location ?? -1) < (best?.location ?? -1);
    if (score > bestScore || (score === bestScore && earlier)) {
      best = anchor;
      bestScore = score;
    }
  }
  return { url: best ? `${page}#${best.id}` : page, anchor: best };
}

/** The result types that answer with their pairs instead of an excerpt (their pages are data, not prose). */
const ANSWERED_BY_PAIRS = new Set(['学校', '高职院校', '专业', '城市']);

/** What a result shows: what it is, where, its pairs (one line each), and an excerpt only for prose. */
export interface ResultView {
  title: string;
  kind: string;
  pairs: string[];
  showExcerpt: boolean;
}

/** Builds the view of one result from its Pagefind metadata (title, kind, pairs; see SearchAids.astro). */
export function resultView(fragment: { url: string; meta: Record<string, string | undefined>; filters: Record<string, string[] | undefined> }): ResultView {
  const type = fragment.filters['type']?.[0] ?? '';
  const pairs = (fragment.meta['pairs'] ?? '').split('｜').filter(Boolean);
  return {
    title: fragment.meta['title'] ?? fragment.url,
    kind: fragment.meta['kind'] ?? type,
    pairs,
    showExcerpt: !ANSWERED_BY_PAIRS.has(type),
  };
}

/** A word the site knows (a name, or a word of content/search-terms.yaml), offered when nothing is found. */
export interface KnownTerm {
  text: string;
  /** Latin forms (pinyin, initials) that also match it. */
  latin?: string[];
}

/** Edit distance of two short strings (by code point). */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length] ?? 0;
}

/**
 * The known terms closest to a query that found nothing: for Chinese, the terms sharing the most
 * characters with it (机点 → 机电…); for Latin letters, the smallest edit distance to a term's
 * pinyin. At most `n`, best first; none that share nothing.
 */
export function closestTerms(query: string, terms: KnownTerm[], n = 3): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const latin = /^[a-z\s]+$/.test(q);
  const scored = terms.map((term) => {
    if (latin) {
      const best = Math.min(...(term.latin ?? []).map((l) => distance(q.replace(/\s+/g, ''), l)), Infinity);
      return { text: term.text, score: best <= Math.max(1, Math.floor(q.length / 4)) ? 10 - best : 0 };
    }
    const chars = new Set([...q]);
    const shared = [...new Set([...term.text])].filter((c) => chars.has(c)).length;
    return { text: term.text, score: shared >= Math.min(2, chars.size) ? shared - distance(q, term.text) / 100 : 0 };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.text.length - b.text.length)
    .slice(0, n)
    .map((s) => s.text);
}
