import { describe, expect, it } from 'vitest';
import { cspMeta } from '../../src/lib/web/security.ts';
import { builtPages, readPage } from '../helpers/dist.ts';

// For hosts that send no header, every page carries the policy itself, before anything it governs.
describe('the Content-Security-Policy <meta> tag', () => {
  it('is on every page, once, as src/lib/web/security.ts defines it, before the first script', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const html = readPage(path);
      const tags = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)];
      expect(
        tags.map((m) => m[1]?.replaceAll('&#39;', "'")),
        path,
      ).toEqual([cspMeta()]);
      const script = html.indexOf('<script');
      if (script >= 0) expect(tags[0]?.index ?? Infinity, path).toBeLessThan(script);
    }
  });
});
