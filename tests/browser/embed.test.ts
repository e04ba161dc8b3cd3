import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resizeSnippet } from '../../src/lib/domain/citation.ts';
import { newPage, url, useBrowser } from '../helpers/browser.ts';

// A newsroom's page framing every chart (and the map) with the site's iframe code and its optional
// resize snippet, in a column of 336 and of 720 px: each frame ends up as tall as what it shows, so
// no scrollbar cuts off the credit line and the link back.
const browser = useBrowser();
const embeds = readdirSync('dist/embed', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe('embeds that fit', () => {
  it.each([336, 720])('at a %i px column, every embed with the resize snippet shows all of itself, no scrollbar', async (width) => {
    expect(embeds.length).toBeGreaterThan(10);
    const page = await newPage(browser(), { viewport: { width: width + 40, height: 800 } });
    // The host page is another site's (about:blank here, with no policy of ours), framing our origin.
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><div style="width:${width}px">${embeds
        .map((id) => `<iframe src="${url(`/embed/${id}/`)}" title="${id}" width="100%" height="200" style="border:0;display:block"></iframe>`)
        .join('')}</div></body></html>`,
    );
    await page.addScriptTag({ content: /<script>([\s\S]*)<\/script>/.exec(resizeSnippet())![1]! });
    const frames = page.locator('iframe');
    for (let i = 0; i < embeds.length; i++) {
      const frame = frames.nth(i);
      const content = (await frame
        .contentFrame()
        .locator('html')
        .evaluate((el) => el.scrollHeight)) as number;
      await page.waitForFunction(
        ([n, h]) => (document.querySelectorAll('iframe')[n as number] as HTMLIFrameElement).clientHeight >= (h as number),
        [i, content],
        {
          timeout: 10_000,
        },
      );
      const shown = await frame.evaluate((el) => (el as HTMLIFrameElement).clientHeight);
      expect(shown, embeds[i]).toBeGreaterThanOrEqual(content);
      expect(shown - content, embeds[i]).toBeLessThan(4);
    }
    await page.close();
  });
});
