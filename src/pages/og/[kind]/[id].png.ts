import type { APIRoute } from 'astro';
import { renderPng } from '../../../data/png.ts';
import { loadShareCards, type ShareCard } from '../../../data/share.ts';
import { cardPicture } from '../../../lib/picture.ts';
import { siteUrl } from '../../../lib/urls.ts';
import { site as strings } from '../../../strings.ts';

export async function getStaticPaths() {
  return (await loadShareCards()).map((card) => ({ params: { kind: card.kind, id: card.id }, props: { card } }));
}

/** The share picture (og:image) of an explainer, document, school or city page: 1200 × 630. */
export const GET: APIRoute = async ({ props, site }) => {
  const { card } = props as { card: ShareCard };
  const url = new URL(siteUrl(`${card.kind}/${card.id}/`), site).href;
  return new Response(await renderPng(cardPicture(card.title, card.facts, { name: strings.name, url }), 1200), { headers: { 'Content-Type': 'image/png' } });
};
