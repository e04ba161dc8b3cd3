// Its own small module: the header on every page imports it, and must not pull in the search code.
/**
 * The files of /pagefind/ a first search needs before any index chunk whose names are known when
 * the pages are written: the search page preloads them, and the header's search box prefetches them
 * on focus. The entry file (asked for with a tag) and the metadata (named by a hash) are known only
 * once Pagefind has indexed: `npm run build` adds their preloads to the search page
 * (scripts/build.mjs, preloadIndexMeta).
 */
export const PAGEFIND_FIRST_FILES = ['pagefind.js', 'wasm.unknown.pagefind'] as const;

/** The attribute on the search page's entry preload that carries the index's tag (see scripts/build.mjs). */
export const INDEX_TAG_ATTRIBUTE = 'data-index-tag';
