/** Escapes text for XML. */
export function xmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

/** An RSS 2.0 item. */
export interface FeedItem {
  title: string;
  url: string;
  description: string;
  /** YYYY-MM-DD or YYYY. */
  date: string;
  category: string;
}

/** RFC 822 date for RSS (a year-only date is given as 1 January of that year, at noon China time). */
export function rssDate(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(`${y}-${m}-${d}T12:00:00+08:00`).toUTCString();
}

/** An RSS 2.0 feed, newest first. */
export function rssFeed(channel: { title: string; url: string; description: string; selfUrl: string }, items: FeedItem[]): string {
  const sorted = [...items].sort((a, b) => b.date.localeCompare(a.date));
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${xmlEscape(channel.title)}</title>
<link>${xmlEscape(channel.url)}</link>
<description>${xmlEscape(channel.description)}</description>
<language>zh-CN</language>
<atom:link href="${xmlEscape(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
${sorted
  .map(
    (i) => `<item>
<title>${xmlEscape(i.title)}</title>
<link>${xmlEscape(i.url)}</link>
<guid isPermaLink="true">${xmlEscape(i.url)}</guid>
<pubDate>${rssDate(i.date)}</pubDate>
<category>${xmlEscape(i.category)}</category>
<description>${xmlEscape(i.description)}</description>
</item>`,
  )
  .join('\n')}
</channel>
</rss>
`;
}

/** A sitemap (sitemaps.org 0.9) of absolute URLs. */
export function sitemap(urls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${xmlEscape(u)}</loc></url>`).join('\n')}
</urlset>
`;
}
