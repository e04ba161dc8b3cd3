import { describe, expect, it } from 'vitest';
import { feedDate, feedItems, inSitemap } from '../../../../src/lib/web/feeds.ts';

describe('feeds', () => {
  it('dates an item at noon China time (a year alone as 1 January)', () => {
    expect(feedDate('2025-02-13').toUTCString()).toBe('Thu, 13 Feb 2025 04:00:00 GMT');
    expect(feedDate('2023').toUTCString()).toBe('Sun, 01 Jan 2023 04:00:00 GMT');
  });
  it('lists items newest first, each with its category', () => {
    const items = feedItems([
      { title: '旧', link: 'https://x/a/', description: 'a', date: '2023-03-14', category: '政策文件' },
      { title: '新', link: 'https://x/b/', description: 'b', date: '2025-02-13', category: '解读' },
    ]);
    expect(items.map((i) => i.title)).toEqual(['新', '旧']);
    expect(items[0]?.categories).toEqual(['解读']);
  });
  it('leaves the 404 and the embed frames out of the sitemap', () => {
    expect(inSitemap('https://x/zhijiao/404/')).toBe(false);
    expect(inSitemap('https://x/embed/map/')).toBe(false);
    expect(inSitemap('https://x/data/five-year-by-city/')).toBe(true);
  });
});
