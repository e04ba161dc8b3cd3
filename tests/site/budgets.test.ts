import { describe, expect, it } from 'vitest';
import { builtPages, upFrontBytes } from '../helpers/dist.ts';

// Budgets that do not depend on the machine (README, "Performance and scale").
const KB = 1024;
const TEXT_PAGE = /^\/(policies|explainers|schools|colleges|majors|cities)\/[^/]+\/$/;

describe('page weight budgets (gzip, HTML + CSS + JS up front)', () => {
  const weights = builtPages().map((path) => ({ path, ...upFrontBytes(path) }));

  it('keeps every page under 80 KB and the median under 20 KB', () => {
    expect(weights.filter((w) => w.total > 80 * KB).map((w) => w.path)).toEqual([]);
    const sorted = weights.map((w) => w.total).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(20 * KB);
  });

  it('delivers every explainer, school, college, major and city page within 14 KB (the first round trip)', () => {
    const text = weights.filter((w) => TEXT_PAGE.test(w.path) && !w.path.startsWith('/policies/'));
    expect(text.length).toBeGreaterThan(80);
    expect(text.filter((w) => w.total > 14 * KB).map((w) => `${w.path} ${(w.total / KB).toFixed(1)} KB`)).toEqual([]);
  });

  // Documents too, but one: the 2023 opinion's transcribed text alone is ~8.5 KB gzip, so its page
  // (16.2 KB) cannot reach 14 KB without cutting the document (README, "Performance and scale").
  // It is held where it is so it cannot grow.
  it('delivers every document page within 14 KB, the 2023 opinion within 16.5 KB', () => {
    const documents = weights.filter((w) => w.path.startsWith('/policies/') && w.path !== '/policies/');
    expect(documents.length).toBeGreaterThanOrEqual(5);
    const limit = (path: string) => (path === '/policies/opinion-2023/' ? 16.5 : 14) * KB;
    expect(documents.filter((w) => w.total > limit(w.path)).map((w) => `${w.path} ${(w.total / KB).toFixed(1)} KB`)).toEqual([]);
  });
});
