import { textCategory } from '../lib/domain/vocabulary.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadExplainers, loadPolicies } from '../data/collections.ts';
import { feedItems } from '../lib/web/feeds.ts';
import { sitePath, siteUrl } from '../lib/web/urls.ts';
import { site as strings } from '../strings.ts';

/** RSS of the documents (dated as issued) and the explainers (dated as last checked). */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(siteUrl(path), site).href;
  const items = feedItems([
    ...(await loadPolicies()).map((p) => ({
      title: p.data.title,
      link: abs(sitePath.policy(p.id)),
      description: p.data.summary,
      date: p.data.date,
      category: textCategory(p.data),
    })),
    ...(await loadExplainers()).map((e) => ({
      title: e.data.title,
      link: abs(sitePath.explainer(e.id)),
      description: e.data.summary,
      date: e.data.checked,
      category: '解读',
    })),
  ]);
  return rss({
    title: strings.name,
    description: strings.tagline,
    site: abs(''),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-CN</language><atom:link href="${abs('rss.xml')}" rel="self" type="application/rss+xml"/>`,
  });
};
