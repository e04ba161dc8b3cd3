import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AnswerIndex } from '../../src/lib/domain/answers.ts';
import { DIST, readPage } from '../helpers/dist.ts';

// What the search page carries and asks for up front: the answers that need no request, and the
// index files the first full-text search needs, asked for in parallel as the page arrives.
const html = readPage('/search/');
const carried = JSON.parse(/<script type="application\/json" id="search-answer-index">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null') as AnswerIndex;

describe('the search page', () => {
  it('carries the answer index inside itself, a few KB gzipped, the same as /search/answers.json', () => {
    const bytes = gzipSync(JSON.stringify(carried)).length;
    expect(bytes).toBeLessThanOrEqual(12 * 1024);
    expect(carried).toEqual(JSON.parse(readFileSync(join(DIST, 'search/answers.json'), 'utf8')));
  });

  it('names only pages that exist, every school, college, major, city, document and explainer among them', () => {
    expect(carried.pages.filter((p) => !existsSync(join(DIST, p.url, 'index.html'))).map((p) => p.url)).toEqual([]);
    const count = (file: string) => (parse(readFileSync(`content/${file}.yaml`, 'utf8')) as unknown[]).length;
    for (const [prefix, n] of [
      ['schools/', count('schools')],
      ['colleges/', count('colleges')],
      ['majors/', count('majors')],
      ['cities/', count('cities')],
    ] as const)
      expect(
        carried.pages.filter((p) => p.url.startsWith(prefix)),
        prefix,
      ).toHaveLength(n);
    // Every answer names its document's period: the 2024 pilot's rules are not shown as today's.
    expect(carried.questions.filter((q) => !/^适用于.+；.+/.test(q.document.period)).map((q) => q.id)).toEqual([]);
    expect(carried.questions.find((q) => q.id === 'pilot-certificate')?.document.period).toContain('已经过去');
    const linked = carried.questions.flatMap((q) => [q.document.url, ...(q.source ? [q.source.url] : []), ...q.near.map((n) => n.url)]);
    expect(linked.filter((u) => !existsSync(join(DIST, u.replace(/#.*$/, ''), 'index.html')))).toEqual([]);
  });

  it('asks for the index entry, its metadata and the WebAssembly as it arrives, files that exist', () => {
    const preloaded = [...html.matchAll(/<link rel="(?:preload|modulepreload)"[^>]* href="\/(pagefind\/[^"]+)"/g)].map((m) => m[1] ?? '');
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const hashes = Object.values(entry.languages).map((l) => l.hash);
    // The entry under the tag the loader gives Pagefind (read from the link), so the preload is used.
    expect(html).toContain(`href="/pagefind/pagefind-entry.json?ts=${hashes.join('-')}" data-index-tag="${hashes.join('-')}"`);
    expect(preloaded).toEqual(
      expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/wasm.unknown.pagefind', ...hashes.map((h) => `pagefind/pagefind.${h}.pf_meta`)]),
    );
    expect(preloaded.filter((file) => !existsSync(join(DIST, file.replace(/\?.*$/, ''))))).toEqual([]);
    // And the page's own scripts with every module they import, so none waits for another.
    const modules = [...html.matchAll(/<link rel="modulepreload" href="\/(_astro\/[^"]+)"/g)].map((m) => m[1] ?? '');
    for (const [, src] of html.matchAll(/<script type="module" src="\/(_astro\/[^"]+)"/g)) expect(modules).toContain(src);
    for (const file of modules)
      for (const [, imported] of readFileSync(join(DIST, file), 'utf8').matchAll(/import\s*(?:[\w{}\s,*$]+from\s*)?["']\.\/([^"']+)["']/g))
        expect(modules, `${file} → ${imported}`).toContain(`_astro/${imported}`);
  });
});
