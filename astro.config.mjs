// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { clauseToolsPlugin } from './src/integrations/clause-tools.ts';
import { MARKDOWN_FEATURES } from './src/content/read.ts';
import sitemap from '@astrojs/sitemap';
import { robotsAndHeaders } from './src/integrations/robots-and-headers.ts';
import { plainCsv } from './src/integrations/plain-csv.ts';
import { pictures } from './src/integrations/pictures.ts';
import { inSitemap } from './src/lib/web/feeds.ts';
import { setFlagsFromString } from 'node:v8';

// V8 lets the heap grow to up to four times what was live at its last full collection before it
// collects again; while a national list's thousands of pages are written that left up to 1.5 GB of
// garbage at the build's peak (docs/performance.md). A fixed growth of 25% keeps the
// heap near what is live, however large the content, where a fixed cap would fail a larger build.
// V8 reads this flag at each collection, so setting it here works as on the command line (checked
// with a program that churns garbage: 0.68 GB of heap either way at 50%, 1.38 GB without it).
setFlagsFromString('--heap-growing-percent=25');

// BASE_PATH serves the site from a sub-path (/zhijiao/); SITE_URL sets the canonical origin;
// CONTENT_DIR builds from another content folder (test fixtures, the scale benchmark).
const base = process.env.BASE_PATH || '/';
// A deployable build must name its origin (canonical links, feeds, sitemap, QR codes and citations
// carry it); LOCAL_PREVIEW=1 (npm start) builds for this machine and says so on every page.
const preview = process.env.LOCAL_PREVIEW === '1';
if (process.argv.includes('build') && !process.env.SITE_URL && !preview) {
  throw new Error(
    'SITE_URL 未设置：可部署的构建需要网站的正式地址，例如 SITE_URL=https://zhijiao.example.org npm run build。只在本机预览请用 npm start（LOCAL_PREVIEW=1）。',
  );
}
const site = process.env.SITE_URL || 'http://localhost:4321';
const contentDir = resolve(process.env.CONTENT_DIR || 'content');

export default defineConfig({
  // Astro caches the content store between builds; a build from another content folder gets a cache
  // of its own, or entries from the other folder would linger in it.
  ...(process.env.CONTENT_DIR ? { cacheDir: `./node_modules/.astro-content/${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}` } : {}),
  site,
  base,
  trailingSlash: 'always',
  // Several pages in flight at once (the pictures are drawn after the pages: src/integrations/pictures.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [contentIntegrity(contentDir), mdx(), sitemap({ filter: inSitemap }), robotsAndHeaders(), plainCsv(), pictures()],
  markdown: { processor: satteri({ hastPlugins: [clauseToolsPlugin(contentDir, base)], features: MARKDOWN_FEATURES }) },
  // Every script is an external file but the display-settings one in <head> (allowed by its hash), so
  // one strict policy covers every page: PageMeta writes it as a <meta> tag (src/lib/web/security.ts),
  // public/_headers and deploy/nginx send it as a header. Astro's own CSP option is not used: it
  // lists a hash of every script of the site in every page (~0.6 KB gzip), needless beside 'self'.
  vite: { build: { assetsInlineLimit: 0 }, define: { 'import.meta.env.LOCAL_PREVIEW': JSON.stringify(preview && !process.env.SITE_URL) } },
  devToolbar: { enabled: false },
  prefetch: false,
});
