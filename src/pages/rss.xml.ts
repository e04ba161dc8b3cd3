import type { APIRoute } from 'astro';
import { loadExplainers, loadPolicies } from '../data/collections.ts';
import { rssFeed } from '../lib/feeds.ts';
import { siteUrl } from '../lib/urls.ts';
import { site as strings } from '../strings.ts';

/** RSS of the documents (dated as issued) and the explainers (dated as last checked). */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(siteUrl(path), site).href;
  const items = [
    ...(await loadPolicies()).map((p) => ({ title: p.data.title, url: abs(`policies/${p.id}/`), description: p.data.summary, date: p.data.date, category: p.data.kind === '新闻报道' ? '新闻报道' : '政策文件' })),
    ...(await loadExplainers()).map((e) => ({ title: e.data.title, url: abs(`explainers/${e.id}/`), description: e.data.summary, date: e.data.checked, category: '解读' })),
  ];
  return new Response(rssFeed({ title: strings.name, url: abs(''), description: strings.tagline, selfUrl: abs('rss.xml') }, items), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
