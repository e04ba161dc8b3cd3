import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage, url, useBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/dist.ts';

// One sweep over every built page, one visit each: requests to other hosts, console and CSP errors,
// and axe (WCAG 2.2 A/AA). axe-core (the copy @axe-core/playwright uses) is added to the context
// once and is present on every page it opens.
const axeSource = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const browser = useBrowser();
const pages = builtPages();

describe('every built page: no other host, no console or CSP error, no axe violation', () => {
  let page: Page;
  const foreign: string[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    page = await newPage(browser());
    await page.context().addInitScript({ content: axeSource });
    const host = new URL(url('/')).host;
    page.on('request', (req) => {
      const u = new URL(req.url());
      if (u.protocol.startsWith('http') && u.host !== host) foreign.push(req.url());
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
  });

  it('covers every page type', () => {
    for (const prefix of ['/policies/', '/schools/', '/colleges/', '/majors/', '/cities/', '/programs/', '/search/', '/shortlist/', '/explainers/', '/data/'])
      expect(pages.some((p) => p.startsWith(prefix)), prefix).toBe(true);
  });

  it.each(pages)('%s', async (path) => {
    foreign.length = 0;
    errors.length = 0;
    await page.goto(url(path), { waitUntil: 'load' });
    const violations = await page.evaluate(async (tags) => {
      const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    }, TAGS);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
