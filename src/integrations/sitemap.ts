import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sitemap } from '../lib/feeds.ts';
import { headersFile } from '../lib/security.ts';
import { normaliseBase } from '../lib/urls.ts';

/**
 * After the build, from the pages Astro actually built: /sitemap.xml (every HTML page but the 404),
 * /robots.txt pointing to it, and /_headers with the security and cache headers for static hosts.
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
          // Not the 404, data files or SVGs, nor the embed frames (noindex; their chart pages are listed).
          .filter((p) => !/^404\/?$/.test(p) && !/\.(xml|json|csv|txt|svg)$/.test(p) && !/^embed\//.test(p))
          .map((p) => abs(p.replace(/^\/+/, '')))
          .sort();
        const out = fileURLToPath(dir);
        await writeFile(`${out}/sitemap.xml`, sitemap(urls));
        await writeFile(`${out}/robots.txt`, `User-agent: *\nAllow: /\n\nSitemap: ${abs('sitemap.xml')}\n`);
        await writeFile(`${out}/_headers`, headersFile(base));
      },
    },
  };
}
