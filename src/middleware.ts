import { defineMiddleware } from 'astro:middleware';
import { deferModuleScripts } from './lib/web/idle-scripts.ts';

// Runs as each page is built (every page is prerendered): a page whose layout asks for it gets its
// enhancement scripts loaded after the page (src/lib/web/idle-scripts.ts). Not under `astro dev`, whose
// module scripts include Vite's client and the stylesheets.
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!import.meta.env.PROD || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(deferModuleScripts(await response.text()), response);
});
