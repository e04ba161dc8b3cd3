import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadFeedItems } from '../data/feeds.ts';
import { siteUrl } from '../lib/web/urls.ts';
import { site as strings } from '../strings.ts';

/** RSS of the documents (dated as issued) and the explainers (dated as last checked). */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(siteUrl(path), site).href;
  return rss({
    title: strings.name,
    description: strings.tagline,
    site: abs(''),
    items: await loadFeedItems(site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-CN</language><atom:link href="${abs('rss.xml')}" rel="self" type="application/rss+xml"/>`,
  });
};
