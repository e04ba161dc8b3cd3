import { describe, expect, it } from 'vitest';
import { axeViolations, url, useSharedPage } from '../helpers/browser.ts';
import { builtPages } from '../helpers/dist.ts';

const page = useSharedPage();

describe('axe (WCAG 2.2 A/AA) on every built page', () => {
  const pages = builtPages();
  it('finds every page type', () => {
    for (const prefix of ['/policies/', '/schools/', '/colleges/', '/majors/', '/cities/', '/programs/', '/search/', '/shortlist/'])
      expect(pages.some((p) => p.startsWith(prefix)), prefix).toBe(true);
  });
  it.each(pages)('%s has no violations', async (path) => {
    await page().goto(url(path));
    expect(await axeViolations(page())).toEqual([]);
  });
});
