import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, readPage, upFrontBytes } from '../helpers/dist.ts';

// Budgets that do not depend on the machine (README, "Performance and scale").
const KB = 1024;
const TEXT_PAGE = /^\/((policies|explainers|schools|colleges|majors|cities)\/[^/]+|guide(\/[^/]+){0,2})\/$/;

describe('page weight budgets (gzip, HTML + CSS + JS up front)', () => {
  const weights = builtPages().map((path) => ({ path, ...upFrontBytes(path) }));

  it('keeps every page under 80 KB and the median under 20 KB', () => {
    expect(weights.filter((w) => w.total > 80 * KB).map((w) => w.path)).toEqual([]);
    const sorted = weights.map((w) => w.total).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(20 * KB);
  });

  // The first round trip: HTML, CSS and the JS a page loads with it. A text page loads its
  // enhancements after it (src/lib/web/idle-scripts.ts), so its JS up front is none.
  it('delivers every document, explainer, school, college, major, city and guide page within 14 KB, with no script up front', () => {
    const text = weights.filter((w) => TEXT_PAGE.test(w.path));
    expect(text.length).toBeGreaterThan(80);
    expect(text.filter((w) => w.path.startsWith('/guide/')).length).toBeGreaterThan(40);
    expect(text.filter((w) => w.path.startsWith('/policies/')).length).toBeGreaterThanOrEqual(5);
    expect(text.filter((w) => w.total > 14 * KB).map((w) => `${w.path} ${(w.total / KB).toFixed(1)} KB`)).toEqual([]);
    expect(text.filter((w) => w.js > 0).map((w) => w.path)).toEqual([]);
  });

  it('lists, on each page that loads its scripts after it, scripts that exist', () => {
    const listed = builtPages().flatMap((path) => (/<html[^>]* data-idle-scripts="([^"]*)"/.exec(readPage(path))?.[1] ?? '').split(' ').filter(Boolean));
    expect(listed.length).toBeGreaterThan(100);
    expect([...new Set(listed)].filter((src) => !existsSync(join(DIST, src)))).toEqual([]);
  });
});
