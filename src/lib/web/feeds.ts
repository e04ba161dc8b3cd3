/** Where @astrojs/sitemap writes the sitemap's index (it lists sitemap-0.xml and any further parts). */
export const SITEMAP_FILE = 'sitemap-index.xml';

/** One entry of the site's feed, before @astrojs/rss writes it. */
export interface FeedEntry {
  title: string;
  /** Absolute URL of the page. */
  link: string;
  description: string;
  /** YYYY-MM-DD or YYYY, as in the content. */
  date: string;
  category: string;
}

/** The instant a content date stands for in the feed: noon China time (a year alone: 1 January). */
export function feedDate(date: string): Date {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(`${y}-${m}-${d}T12:00:00+08:00`);
}

/** The feed's items, newest first, in the shape @astrojs/rss takes. */
export function feedItems(entries: FeedEntry[]) {
  return [...entries]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((e) => ({ title: e.title, link: e.link, description: e.description, pubDate: feedDate(e.date), categories: [e.category] }));
}

/** Whether a built page belongs in the sitemap: not the 404, nor the embed frames (noindex; their chart pages are listed). */
export function inSitemap(url: string): boolean {
  const path = new URL(url).pathname;
  return !/\/404\/?$/.test(path) && !/\/embed\//.test(path);
}
