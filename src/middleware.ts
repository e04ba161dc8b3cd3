import { defineMiddleware } from 'astro:middleware';
import { loadSiteContext } from './data/site-context.ts';
import { deferModuleScripts } from './lib/web/idle-scripts.ts';

// Runs as each page is built (every page is prerendered). Before the page: what every page shows
// alike (the footer, how quoted clauses are named and dated) is loaded once into Astro.locals.site
// (src/lib/views/site-context.ts), so that no component loads data. After it: a page whose layout
// asks for it gets its enhancement scripts loaded after the page (src/lib/web/idle-scripts.ts); not
// under `astro dev`, whose module scripts include Vite's client and the stylesheets.
export const onRequest = defineMiddleware(async (context, next) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  context.locals.site = await loadSiteContext(context.url.pathname.replace(base, ''));
  const response = await next();
  if (!import.meta.env.PROD || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(deferModuleScripts(await response.text()), response);
});
