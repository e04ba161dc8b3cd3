import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, newPage, url } from '../helpers/browser.ts';
import { builtPages } from '../helpers/dist.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe (WCAG 2.2 A/AA) on every built page', () => {
  const pages = builtPages();
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });
  it.each(pages)('%s has no violations', async (path) => {
    const page = await newPage(browser);
    await page.goto(url(path));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
