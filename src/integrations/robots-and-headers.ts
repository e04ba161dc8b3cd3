import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SITEMAP_FILE } from '../lib/web/feeds.ts';
import { headersFile } from '../lib/web/security.ts';
import { normaliseBase } from '../lib/web/urls.ts';

/**
 * After the build: /robots.txt pointing to the sitemap (written by @astrojs/sitemap), and /_headers
 * with the security and cache headers for static hosts.
 */
export function robotsAndHeaders(): AstroIntegration {
  let site = 'http://localhost:4321';
  let base = '/';
  return {
    name: 'robots-and-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const sitemapUrl = new URL(`${base}${SITEMAP_FILE}`.replace(/\/{2,}/g, '/'), site).href;
        await writeFile(`${out}/robots.txt`, `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`);
        await writeFile(`${out}/_headers`, headersFile(base));
      },
    },
  };
}
