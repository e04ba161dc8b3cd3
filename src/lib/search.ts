/** The type filter values of the site's search index, in display order. */
export const SEARCH_TYPES = ['政策文件', '解读', '学校', '高职院校', '专业', '城市'] as const;

/** The search page's state in its URL: /search/?q=机电&type=学校&city=朔州市&field=… */
export interface SearchState {
  q: string;
  type?: string;
  city?: string;
  field?: string;
}

export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state: SearchState = { q: (params.get('q') ?? '').trim() };
  for (const key of ['type', 'city', 'field'] as const) {
    const value = params.get(key)?.trim();
    if (value) state[key] = value;
  }
  return state;
}

export function searchToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of ['type', 'city', 'field'] as const) if (state[key]) params.set(key, state[key] ?? '');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter object for the state (only the filters that are set). */
export function pagefindFilters(state: SearchState): Record<string, string> {
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
