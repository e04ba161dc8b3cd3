import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadChanges } from '../data/collections.ts';
import { siteUrl } from '../lib/web/urls.ts';
import { site as strings } from '../strings.ts';

/** RSS of the record of changes and corrections (/changes/), newest first. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(siteUrl(path), site).href;
  const changes = await loadChanges();
  return rss({
    title: `${strings.name}：更新记录与勘误`,
    description: '本站内容的更正、新增和修改。',
    site: abs(''),
    items: changes.map((c, i) => ({
      title: `${c.kind}：${c.what.slice(0, 40)}${c.what.length > 40 ? '…' : ''}`,
      link: abs(`changes/#change-${changes.length - i}`),
      description: `${c.what}（原因：${c.why}）`,
      pubDate: new Date(`${c.date}T00:00:00+08:00`),
      categories: [c.kind],
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-CN</language><atom:link href="${abs('changes.xml')}" rel="self" type="application/rss+xml"/>`,
  });
};
