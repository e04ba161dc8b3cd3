import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue, loadExplainers, loadPairIndex, loadPolicies, once } from './collections.ts';
import { renderPng } from './png.ts';
import { formatDate } from '../lib/domain/dates.ts';
import { pairsOf } from '../lib/domain/pair-index.ts';
import { cardPicture } from '../lib/geometry/picture.ts';
import { siteUrl } from '../lib/web/urls.ts';
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

/**
 * A card's PNG: 1200 × 630 for explainers and documents; 600 × 315 (the same shape at half the
 * size, a quarter of the drawing) for school and city pages, of which a national list has thousands.
 */
function drawCard(card: ShareCard, site: URL | undefined): Promise<Uint8Array<ArrayBuffer>> {
  const url = new URL(siteUrl(`${card.kind}/${card.id}/`), site).href;
  return renderPng(
    cardPicture(card.title, card.facts, { name: strings.name, url }),
    card.kind === 'schools' || card.kind === 'cities' ? 600 : 1200,
    `og/${card.kind}/${card.id}.png`,
  );
}

/**
 * Every share card's PNG, started at once in the picture workers (src/data/png.ts) by the first
 * page that has a card, so they are drawn while Astro writes the HTML pages instead of in a block
 * of their own; the og/ endpoint then takes each one ready (at 300× about 11,700 cards). A finished
 * card waits in a file of the build's own temporary folder, not in memory: the og/ pages come late
 * in the build, and at 300× the cards drawn by then were about 0.25 GB at the build's peak.
 */
export const loadSharePictures = once(async (site: string) => {
  const origin = new URL(site);
  const dir = await mkdtemp(join(tmpdir(), 'zhijiao-share-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return new Map(
    (await loadShareCards()).map((card, i) => {
      const file = join(dir, `${i}.png`);
      const ready = drawCard(card, origin).then(async (png) => (await writeFile(file, png), file));
      ready.catch(() => undefined); // a failure surfaces where the endpoint awaits it
      return [`${card.kind}/${card.id}`, ready] as const;
    }),
  );
});

/**
 * A card's PNG for its og/ endpoint: the one drawn ahead, whose file is then removed, or drawn now
 * when it was already taken (a second request under `astro dev`).
 */
export async function takeSharePicture(card: ShareCard, site: string): Promise<Uint8Array<ArrayBuffer>> {
  const ready = await loadSharePictures(site);
  const key = `${card.kind}/${card.id}` as const;
  const file = ready.get(key);
  if (!file) return drawCard(card, new URL(site));
  ready.delete(key);
  const path = await file;
  const png = await readFile(path);
  await rm(path, { force: true });
  return png;
}
