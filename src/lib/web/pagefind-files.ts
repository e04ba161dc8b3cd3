// Its own small module: the header on every page imports it, and must not pull in the search code.
/**
 * The files of /pagefind/ a first search needs before any index chunk: the search page preloads
 * them, and the header's search box prefetches them on focus.
 */
export const PAGEFIND_FIRST_FILES = ['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind'] as const;
