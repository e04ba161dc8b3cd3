import type { APIRoute } from 'astro';
import { loadShareCards, loadSharePictures, type ShareCard } from '../../../data/share.ts';

export async function getStaticPaths() {
  return (await loadShareCards()).map((card) => ({ params: { kind: card.kind, id: card.id }, props: { card } }));
}

/** The share picture (og:image) of an explainer, document, school or city page (src/data/share.ts). */
export const GET: APIRoute = async ({ props, site }) => {
  const { card } = props as { card: ShareCard };
  const png = await (await loadSharePictures(String(site))).get(`${card.kind}/${card.id}`);
  if (!png) throw new Error(`没有 ${card.kind}/${card.id} 的分享图`);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
