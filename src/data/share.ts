import { loadCatalogue, loadExplainers, loadPairIndex, loadPolicies, once } from './collections.ts';
import { formatDate } from '../lib/web/format.ts';
import { pairsOf } from '../lib/domain/pair-index.ts';
import { cardPicture } from '../lib/geometry/picture.ts';
import { route } from '../lib/web/urls.ts';
import { site as strings } from '../strings.ts';

/** What the share picture of an explainer, document, school or city page says. */
export interface ShareCard {
  kind: 'explainers' | 'policies' | 'schools' | 'cities';
  id: string;
  title: string;
  facts: string[];
}

/** The share cards: each page's title and a few facts from the page itself (its pairs, its issuer and date, its key points). */
export const loadShareCards = once(async (): Promise<ShareCard[]> => {
  const { schools, cities } = await loadCatalogue();
  const index = await loadPairIndex();
  const newest = (pairs: ReturnType<typeof pairsOf>) => pairs.filter((p) => p.year === Math.max(...pairs.map((q) => q.year)));
  return [
    ...(await loadExplainers()).map((e) => ({
      kind: 'explainers' as const,
      id: e.id,
      title: e.data.title,
      facts: e.data.keyPoints.slice(0, 2).map((k) => k.text),
    })),
    ...(await loadPolicies()).map((p) => ({
      kind: 'policies' as const,
      id: p.id,
      title: p.data.title,
      facts: [[p.data.issuers.join('、'), p.data.docNumber].filter(Boolean).join(' '), formatDate(p.data.date)],
    })),
    ...schools.map((s) => {
      const own = newest(pairsOf(index.bySchool, s.id));
      return {
        kind: 'schools' as const,
        id: s.id,
        title: s.name,
        facts: own.map((p) => `${p.schoolProgram.name} → ${p.college.name} · ${p.collegeProgram.name}`),
      };
    }),
    ...cities.map((c) => {
      const starting = newest(pairsOf(index.bySchoolCity, c.id));
      // Where a school is comes from reference sources, not the notice: the card says so.
      const fact =
        starting.length > 0
          ? `按可确定的所在地：${new Set(starting.map((p) => p.school.id)).size}所试点中职学校，${starting.length}个专业对（${starting[0]!.year}年名单）`
          : '按可确定的所在地，名单上没有本市的中职学校';
      return { kind: 'cities' as const, id: c.id, title: `${c.name}：五年制贯通培养`, facts: [fact] };
    }),
  ];
});

/** A card as SVG (1200 × 630); the build draws it as a PNG, at half the size for school and city pages (src/lib/web/pictures.ts). */
export function shareCardSvg(card: ShareCard, site: URL | undefined): string {
  const url = new URL(route.page(card.kind, card.id), site).href;
  return cardPicture(card.title, card.facts, { name: strings.name, url });
}
