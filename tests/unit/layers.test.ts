import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file under `dir` whose name ends with one of `extensions`. */
function files(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.some((e) => f.endsWith(e)))
    .map((f) => join(dir, f));
}

/** The names a file imports from `module` (`import { a, b } from 'module'`). */
function namesImported(text: string, module: string): string[] {
  return [...text.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]${module}['"]`, 'g'))].flatMap((m) =>
    (m[1] ?? '')
      .split(',')
      .map((n) => n.trim().replace(/^type\s+/, ''))
      .filter(Boolean),
  );
}

describe('layers: content reaches pages one way', () => {
  const pagesAndComponents = [...files('src/pages', ['.astro', '.ts']), ...files('src/components', ['.astro', '.ts'])];

  it('finds the files it checks', () => {
    expect(pagesAndComponents.length).toBeGreaterThan(20);
    expect(namesImported("import { getCollection, render } from 'astro:content';", 'astro:content')).toEqual(['getCollection', 'render']);
  });

  it('pages and components take content from src/data, and only render (compile a document) from astro:content', () => {
    const offenders = pagesAndComponents.flatMap((file) =>
      namesImported(readFileSync(file, 'utf8'), 'astro:content')
        .filter((name) => name !== 'render' && name !== 'CollectionEntry')
        .map((name) => `${file}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('components take props: none loads data but Stat, the MDX component an explainer names a statistic with', () => {
    // What every page shows alike (the footer, how a quoted clause is named and dated) reaches
    // components as Astro.locals.site, set by src/middleware.ts; the rest comes from the page's view.
    const loading = files('src/components', ['.astro'])
      // A type from src/data (what a page view looks like) loads nothing.
      .filter((file) => /^import (?!type )[^;]*from '\.\.\/data\//m.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice('src/components/'.length))
      .sort();
    expect(loading).toEqual(['Stat.astro']);
  });

  it('components read from Astro.locals only the site context the middleware sets', () => {
    const readers = files('src/components', ['.astro']).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/Astro\.locals\.(\w+)/g)].map((m) => `${file.slice('src/components/'.length)}: ${m[1]}`),
    );
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.filter((r) => !r.endsWith(': site'))).toEqual([]);
  });

  it('pages take what they show from views and loaders: no join, count or sentence of src/lib/domain, geometry or content in a page', () => {
    const pages = files('src/pages', ['.astro', '.ts']);
    const reaching = pages.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*from '(?:\.\.\/)+lib\/(domain|geometry|content)\/([\w-]+)\.ts';/gm)].map(
        (m) => `${file}: ${m[1]}/${m[2]}`,
      ),
    );
    expect(pages.length).toBeGreaterThan(40);
    expect(reaching).toEqual([]);
  });

  it('layouts load no data and start nothing: pictures are drawn after the build (src/integrations/pictures.ts)', () => {
    const layouts = files('src/layouts', ['.astro']);
    expect(layouts.length).toBeGreaterThan(1);
    expect(layouts.filter((file) => /from '\.\.\/data\//.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('no page or endpoint draws a PNG itself: they write SVG, and the build turns the listed ones into PNG', () => {
    expect(files('src/pages', ['.ts', '.astro']).filter((file) => /renderPng/.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('an address with a variable part is written by sitePath or route (src/lib/web/urls.ts), not by hand', () => {
    // The exceptions, and why: the press page lists the open-data files by the paths the content
    // gives them; the clause tools run in the Markdown pipeline, which is handed the base path; the
    // shortlist's records are made in the browser too, whose script should not carry every route.
    const allowed = new Set(
      [
        ['lib', 'web', 'urls.ts'],
        ['lib', 'views', 'press.ts'],
        ['integrations', 'clause-tools.ts'],
        ['lib', 'domain', 'shortlist.ts'],
      ].map((parts) => join('src', ...parts)),
    );
    const byHand = /siteUrl\(`[^`]*\$\{[^`]*`|`(?:policies|schools|colleges|majors|cities|explainers|data|guide|lists|map|programs|embed|posters|qr|og)\/\$\{/g;
    const handMade = files('src', ['.ts', '.astro'])
      .filter((file) => !allowed.has(file))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(byHand)].map((m) => `${file}: ${m[0]}`));
    expect(handMade).toEqual([]);
    expect(['siteUrl(`schools/${id}/`)', 'href: `schools/${id}/`'].map((t) => t.match(byHand)?.length)).toEqual([1, 1]);
  });

  it('no file but the content reader reads the content folder itself', () => {
    const readers = files('src', ['.ts', '.astro', '.mjs'])
      .filter((file) => !file.startsWith(join('src', 'content')))
      .filter((file) => /CONTENT_DIR|readFileSync\([^)]*content/.test(readFileSync(file, 'utf8')));
    expect(readers).toEqual([]);
  });
});

describe('layers: tests mirror the modules', () => {
  // Tested elsewhere, by what they are about: the first files of the built search index exist
  // (tests/site/search-index.test.ts); the geometry snapshots cover several drawing modules at once.
  // The raw content's types (content/raw) are types only, checked by every checks test.
  const elsewhere = new Set(['web/pagefind-files', 'content/raw']);
  const together = new Set(['geometry/snapshots']);
  const modules = files('src/lib', ['.ts']).map((f) => f.slice('src/lib/'.length, -'.ts'.length));
  const tests = files('tests/unit/lib', ['.test.ts']).map((f) => f.slice('tests/unit/lib/'.length, -'.test.ts'.length));

  it('groups src/lib by concern: content, domain, geometry, web and the page view models', () => {
    expect(new Set(modules.map((m) => m.split('/')[0]))).toEqual(new Set(['content', 'domain', 'geometry', 'web', 'views']));
  });
  it('gives every module of src/lib its test file at the same place under tests/unit/lib', () => {
    expect(modules.filter((m) => !tests.includes(m) && !elsewhere.has(m))).toEqual([]);
  });
  it('has no test file for a module that is not there', () => {
    expect(tests.filter((t) => !modules.includes(t) && !together.has(t))).toEqual([]);
  });
});
