import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, readPage } from '../helpers/dist.ts';

// npm test builds with SITE_URL=https://zhijiao.example.org (npm run build:test), as a deployment would.
const ORIGIN = 'https://zhijiao.example.org';

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(html|xml|txt|json|csv|svg|js|webmanifest)$/.test(e.name) && !e.parentPath.includes('pagefind'))
    .map((e) => join(e.parentPath, e.name));
}

describe('a deployable build names its origin', () => {
  it('has no localhost or 127.0.0.1 in any page, feed, sitemap, robots, data file or script', () => {
    const offenders = textFiles(DIST).filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('uses the origin in canonical links, the feed, the sitemap, robots, QR payloads and citations', () => {
    const page = readPage('/policies/opinion-2023/');
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/policies/opinion-2023/"`);
    expect(page).toMatch(new RegExp(`data-url="${ORIGIN}/policies/opinion-2023/"`));
    expect(page).toContain(`${ORIGIN}/policies/opinion-2023/`);
    expect(readFileSync(join(DIST, 'rss.xml'), 'utf8')).toContain(`${ORIGIN}/`);
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${ORIGIN}/</loc>`);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    expect(page).not.toContain('本地预览');
  });
});
