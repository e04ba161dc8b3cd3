import { defineMiddleware } from 'astro:middleware';
import { deferModuleScripts } from './lib/idle-scripts.ts';

// Runs as each page is built (every page is prerendered): a page whose layout asks for it gets its
// enhancement scripts loaded after the page (src/lib/idle-scripts.ts).
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(deferModuleScripts(await response.text()), response);
});
