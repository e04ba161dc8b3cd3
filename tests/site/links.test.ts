import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage } from '../helpers/dist.ts';

const BASE = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');
const pages = builtPages();
const idCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!idCache.has(file)) idCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '')));
  return idCache.get(file)!;
};

/** The file a site-internal URL path serves, or null. */
function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const rel = decodeURIComponent(pathname.slice(BASE.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(DIST, rel, 'index.html')] : [join(DIST, rel), join(DIST, rel, 'index.html')];
  return candidates.find((c) => existsSync(c)) ?? null;
}

describe('every internal link and fragment on the site resolves', () => {
  it('checks a meaningful number of pages and links', () => {
    expect(pages.length).toBeGreaterThan(100);
  });
  it.each(pages)('%s', (page) => {
    const html = readPage(page);
    const broken: string[] = [];
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (!href || /^(https?:|mailto:|tel:|data:)/.test(href)) continue;
      const url = new URL(href.replace(/&amp;/g, '&'), `http://site${BASE}${page.slice(1)}`);
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${href} (no page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push(`${href} (no #${fragment})`);
    }
    expect(broken).toEqual([]);
  });
});

describe('explainers cite clauses that exist', () => {
  const explainers = pages.filter((p) => /^\/explainers\/[^/]+\/$/.test(p));
  it('has at least six explainers', () => {
    expect(explainers.length).toBeGreaterThanOrEqual(6);
  });
  it.each(explainers)('%s cites at least three existing clauses and has 要点 and a checked date', (page) => {
    const html = readPage(page);
    const cites = [...html.matchAll(/<a class="cite" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(cites.length).toBeGreaterThanOrEqual(3);
    for (const href of cites) {
      const url = new URL(href, `http://site${BASE}`);
      const file = fileFor(url.pathname);
      expect(file, href).not.toBeNull();
      expect(idsOf(file!).has(url.hash.slice(1)), href).toBe(true);
    }
    expect(html).toContain('id="key-points"');
    expect(html).toMatch(/最后核对原文：<time datetime="\d{4}-\d{2}-\d{2}">/);
  });
});

describe('every page is ready to be shared and found', () => {
  it.each(pages)('%s has lang, canonical, description and Open Graph tags', (page) => {
    const html = readPage(page);
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    expect(html).toMatch(/<meta name="description" content="[^"]{10,}"/);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html).toMatch(/<meta property="og:description" content="[^"]+"/);
  });

  it('links the record of changes, its feed and the report page from every page (not from the embeds, which are frames)', () => {
    for (const page of pages.filter((p) => !p.startsWith('/embed/'))) {
      const html = readPage(page);
      expect(html, page).toMatch(/<a href="[^"]*\/changes\/">更新记录<\/a>/);
      expect(html, page).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="更新记录与勘误" href="[^"]*\/changes\.xml">/);
      expect(html, page).toContain('/report/?page=');
    }
  });

  it('gives the 404 page no canonical address (it is not a place) and keeps it out of search engines', () => {
    const html = readFileSync(join(DIST, '404.html'), 'utf8');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
    expect(html).toContain('<meta name="robots" content="noindex"');
  });

  it('lists every document and explainer in the feed, and every page but the 404 and the embeds in the sitemap', () => {
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const parts = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(parts).toEqual(['sitemap-0.xml']);
    const map = parts.map((part) => readFileSync(join(DIST, part), 'utf8')).join('\n');
    const listed = [...map.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1] ?? '').sort();
    expect(listed).toEqual(pages.filter((p) => !/^\/(404|embed)\//.test(p)).sort());
    const wanted = pages.filter((p) => /^\/(policies|explainers)\/[^/]+\/$/.test(p));
    expect(wanted.length).toBeGreaterThanOrEqual(11);
    for (const page of wanted) {
      expect(rss, page).toContain(`${page}</link>`);
      expect(map, page).toContain(`${page}</loc>`);
    }
    expect(rss.match(/<item>/g)?.length).toBe(wanted.length);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
  });
});
