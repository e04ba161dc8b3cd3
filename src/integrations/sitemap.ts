import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sitemap } from '../lib/feeds.ts';
import { normaliseBase } from '../lib/urls.ts';

/**
 * Writes /sitemap.xml (every built HTML page but the 404) and /robots.txt pointing to it, after the
 * build, from the pages Astro actually built.
 */
export function sitemapAndRobots(): AstroIntegration {
  let site = 'http://localhost:4321';
  let base = '/';
  return {
    name: 'sitemap-and-robots',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, pages }) => {
        const abs = (path: string) => new URL(`${base}${path}`.replace(/\/{2,}/g, '/'), site).href;
        const urls = pages
          .map((p) => p.pathname)
          .filter((p) => !/^404\/?$/.test(p) && !/\.(xml|json|csv|txt)$/.test(p))
          .map((p) => abs(p.replace(/^\/+/, '')))
          .sort();
        const out = fileURLToPath(dir);
        await writeFile(`${out}/sitemap.xml`, sitemap(urls));
        await writeFile(`${out}/robots.txt`, `User-agent: *\nAllow: /\n\nSitemap: ${abs('sitemap.xml')}\n`);
      },
    },
  };
}
