import type { APIRoute } from 'astro';
import { loadCatalogue, loadExplainers, loadPairIndex, loadPolicies } from '../../../data/collections.ts';
import { renderPng } from '../../../data/png.ts';
import { formatDate } from '../../../lib/dates.ts';
import { pairsOf } from '../../../lib/pair-index.ts';
import { cardPicture } from '../../../lib/picture.ts';
import { siteUrl } from '../../../lib/urls.ts';
import { site as strings } from '../../../strings.ts';

/** What a share picture says: the page's title and a few facts from the page itself. */
async function cards(): Promise<{ kind: string; id: string; title: string; facts: string[] }[]> {
  const { schools, cities } = await loadCatalogue();
  const index = await loadPairIndex();
  const newest = (pairs: ReturnType<typeof pairsOf>) => pairs.filter((p) => p.year === Math.max(...pairs.map((q) => q.year)));
  return [
    ...(await loadExplainers()).map((e) => ({ kind: 'explainers', id: e.id, title: e.data.title, facts: e.data.keyPoints.slice(0, 2).map((k) => k.text) })),
    ...(await loadPolicies()).map((p) => ({ kind: 'policies', id: p.id, title: p.data.title, facts: [[p.data.issuers.join('、'), p.data.docNumber].filter(Boolean).join(' '), formatDate(p.data.date)] })),
    ...schools.map((s) => {
      const own = newest(pairsOf(index.bySchool, s.id));
      return { kind: 'schools', id: s.id, title: s.name, facts: own.map((p) => `${p.schoolProgram.name} → ${p.college.name} · ${p.collegeProgram.name}`) };
    }),
    ...cities.map((c) => {
      const starting = newest(pairsOf(index.bySchoolCity, c.id));
      return { kind: 'cities', id: c.id, title: `${c.name}：五年制贯通培养`, facts: [`${new Set(starting.map((p) => p.school.id)).size}所试点中职学校，${starting.length}个专业对（${starting[0]?.year ?? ''}年名单）`] };
    }),
  ];
}

export async function getStaticPaths() {
  return (await cards()).map((card) => ({ params: { kind: card.kind, id: card.id }, props: { card } }));
}

/** The share picture (og:image) of an explainer, document, school or city page: 1200 × 630. */
export const GET: APIRoute = async ({ props, site }) => {
  const { card } = props as { card: Awaited<ReturnType<typeof cards>>[number] };
  const url = new URL(siteUrl(`${card.kind}/${card.id}/`), site).href;
  return new Response(await renderPng(cardPicture(card.title, card.facts, { name: strings.name, url }), 1200), { headers: { 'Content-Type': 'image/png' } });
};
