import { INDEX_TAG_ATTRIBUTE } from '../lib/web/pagefind-files.ts';

/** The parts of Pagefind's browser API the site uses. */
export interface PagefindFragment {
  url: string;
  meta: Record<string, string>;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  filters: Record<string, string[]>;
  weighted_locations: { weight: number; location: number }[];
  anchors: { id: string; location: number; text?: string; element: string }[];
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: { filters?: Record<string, string> }): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<PagefindFragment> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | null = null;
/**
 * How long the engine may take to start before the page says it could not: Pagefind waits for ever
 * when its WebAssembly cannot be fetched. At 50 KB/s its files take about 4 s.
 */
const START_LIMIT_MS = 30_000;
/** Failed loads so far: a retry imports the script under a new address, as a browser remembers a module that failed. */
let failures = 0;

/**
 * Does ahead of the first keystroke what the first search would otherwise do while the reader
 * waits: Chinese word segmentation (the browser loads its dictionary on first use; Pagefind
 * segments every query with it) and Pagefind's own start-up (its init() returns before the index
 * metadata and the WebAssembly are in; a search for a character no index chunk holds waits for
 * them and runs the search code once, fetching nothing).
 */
function warmUp(module: Pagefind) {
  const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1));
  idle(() => {
    if (typeof Intl.Segmenter === 'function')
      for (const word of new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment('山西职业教育五年制贯通培养')) void word;
    void module.search('\u{2FFFF}').catch(() => undefined);
  });
}

/**
 * Loads Pagefind and its index entry once per page: on the search page as it opens, on other
 * pages when the header's search box gets focus. The files stay in the browser's cache, so
 * focusing the header box on any page also makes the search page faster.
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const loading = (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js${failures ? `?retry=${failures}` : ''}`)) as Pagefind;
    // The tag the build gave the entry file's preload, so Pagefind asks for that very file (without
    // one it adds the time to the address and the preload goes unused).
    const tag = document.querySelector<HTMLLinkElement>(`link[${INDEX_TAG_ATTRIBUTE}]`)?.getAttribute(INDEX_TAG_ATTRIBUTE) ?? null;
    await module.options({ basePath: `${base}pagefind/`, excerptLength: 40, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
    await Promise.race([module.init(), new Promise((_, fail) => setTimeout(() => fail(new Error('Pagefind did not start')), START_LIMIT_MS))]);
    warmUp(module);
    return module;
  })();
  // A failed load (offline, a dropped connection) is not remembered: the next search tries again.
  loading.catch(() => {
    failures += 1;
    if (pagefind === loading) pagefind = null;
  });
  pagefind = loading;
  return loading;
}
