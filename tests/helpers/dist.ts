import { csvRows } from '../../src/lib/web/csv.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = 'dist';

/** Every built HTML page, as site paths ("/", "/policies/opinion-2023/"). */
export function builtPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name === 'index.html') {
        const rel = relative(dir, d).split('\\').join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The built HTML of a site path. */
export function readPage(path: string, dir = DIST): string {
  return readFileSync(join(dir, path, 'index.html'), 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The visible text of an element's inner HTML: tags, scripts and styles removed, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, code: string) => {
      if (code.startsWith('#x')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#') && code !== '#39') return String.fromCodePoint(Number(code.slice(1)));
      return ENTITIES[code] ?? m;
    });
}

/** The page without the clause toolbars (links and buttons the site adds to each clause). */
export function withoutTools(html: string): string {
  return html.replace(/<span class="clause-tools"[^>]*>[\s\S]*?<\/span>/g, '');
}

/** The inner HTML of the page's <main> element. */
export function mainHtml(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < 0) throw new Error('页面没有 <main>');
  return html.slice(html.indexOf('>', start) + 1, end);
}

/** A built CSV file's rows as objects keyed by its headings (the byte-order mark dropped). */
export function readCsv(path: string): Record<string, string>[] {
  const [header, ...body] = csvRows(readFileSync(path, 'utf8'));
  return body.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
}

/** Gzip bytes of a page's HTML plus the CSS and JS it loads up front (search index aside). */
export function upFrontBytes(path: string): { total: number; js: number } {
  const html = readPage(path);
  // A print-only sheet (<link rel="stylesheet" media="print" …>) does not block the screen: not counted.
  const assets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g), ...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const size = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
  // A module's static imports load up front too.
  const seen = new Set<string>();
  const queue = assets.map((href) => new URL(href, 'https://x/').pathname);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js'))
      for (const m of readFileSync(join(DIST, file), 'utf8').matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g))
        queue.push(new URL(m[1] ?? '', `https://x${file}`).pathname);
  }
  const files = [...seen].map((href) => ({ href, bytes: size(readFileSync(join(DIST, href))) }));
  const js = files.filter((f) => f.href.endsWith('.js')).reduce((n, f) => n + f.bytes, 0);
  return { total: size(html) + files.reduce((n, f) => n + f.bytes, 0), js };
}
