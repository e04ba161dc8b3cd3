import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resizeSnippet } from '../../src/lib/domain/citation.ts';
import { newPage, url, useBrowser } from '../helpers/browser.ts';

// A newsroom's page framing every chart and the map with the site's iframe code, in a column of
// 336 and of 720 px. With the height its page suggests for that column width, each frame shows all
// of itself, credit line and link back included, with no scrollbar; with the optional resize
// snippet, each frame ends up exactly as tall as what it shows.
const browser = useBrowser();
const embeds = readdirSync('dist/embed', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const homeOf = (id: string) => (id === 'map' ? 'dist/map/index.html' : `dist/data/${id}/index.html`);

/** The heights a page suggests for its embed, by band of column widths, and its iframe code's height. */
function suggested(id: string) {
  const html = readFileSync(homeOf(id), 'utf8');
  const bands = [...html.matchAll(/data-from="(\d+)" data-to="(\d+)" data-height="(\d+)"/g)].map((m) => ({
    from: Number(m[1]),
    to: Number(m[2]),
    height: Number(m[3]),
  }));
  const code = /&lt;iframe src=&quot;[^&]*\/embed\/[^&]*&quot;[^]*?height=&quot;(\d+)&quot;/.exec(html);
  return { bands, code: Number(code?.[1]) };
}

async function frame(page: Page, width: number, frames: { id: string; height: number }[], hostScript = '') {
  // The host page is another site's, on its own origin (another port of this machine: frame-ancestors *
  // admits no about:blank page, and Chromium lets no public page frame a local one), framing ours.
  const body = `<!doctype html><html><body style="margin:0">${hostScript}<div style="width:${width}px">${frames
    .map(({ id, height }) => `<iframe src="${url(`/embed/${id}/`)}" title="${id}" width="100%" height="${height}" style="border:0;display:block"></iframe>`)
    .join('')}</div></body></html>`;
  const host = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body));
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  page.on('close', () => host.close());
  await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
  for (let i = 0; i < frames.length; i++) await page.locator('iframe').nth(i).contentFrame().locator('.embed-credit a').waitFor();
}

describe('embeds that fit', () => {
  it('every chart and the map suggest a height for each column width, and the iframe code one for all', () => {
    expect(embeds.length).toBeGreaterThan(10);
    for (const id of embeds) {
      const { bands, code } = suggested(id);
      expect(
        bands.map((b) => b.from),
        id,
      ).toEqual([320, 480, 720]);
      expect(code, id).toBe(Math.max(...bands.map((b) => b.height)));
    }
  });

  it.each([336, 720])('in a %i px column, each embed at its suggested height shows all of itself, credit and link back, with no scrollbar', async (width) => {
    const page = await newPage(browser(), { viewport: { width: width + 40, height: 800 } });
    const frames = embeds.map((id) => ({ id, height: suggested(id).bands.find((b) => width >= b.from && width <= b.to)!.height }));
    await frame(page, width, frames);
    for (const [i, { id, height }] of frames.entries()) {
      const inside = page.locator('iframe').nth(i).contentFrame();
      const fit = await inside.locator('html').evaluate((html) => ({
        scroll: html.scrollHeight,
        client: html.clientHeight,
        wide: html.scrollWidth > html.clientWidth,
        credit: html.ownerDocument.querySelector('.embed-credit a')!.getBoundingClientRect().bottom,
      }));
      expect(fit.client, id).toBe(height);
      expect(fit.scroll, `${id}：${width} 像素栏宽、建议高度 ${height} 时出现滚动条`).toBeLessThanOrEqual(fit.client);
      expect(fit.wide, id).toBe(false);
      expect(fit.credit, id).toBeLessThanOrEqual(height);
    }
    await page.close();
  });

  it.each([336, 720])('in a %i px column, the resize snippet fits each frame to what it shows', async (width) => {
    const page = await newPage(browser(), { viewport: { width: width + 40, height: 800 } });
    // The host page carries the snippet as a newsroom would paste it, before its frames.
    await frame(
      page,
      width,
      embeds.map((id) => ({ id, height: suggested(id).code })),
      resizeSnippet(),
    );
    const frames = page.locator('iframe');
    for (let i = 0; i < embeds.length; i++) {
      const inside = frames.nth(i).contentFrame();
      // Until the frame is as tall as the page it shows (the page reports again whenever its height changes).
      const gap = async () =>
        Math.abs(
          (await frames.nth(i).evaluate((f) => (f as HTMLIFrameElement).clientHeight)) -
            (await inside.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height))),
        );
      await expect.poll(gap, { message: embeds[i]!, timeout: 10_000 }).toBeLessThan(4);
      const scroll = await inside.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
      expect(scroll, embeds[i]).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
