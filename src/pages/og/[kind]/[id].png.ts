import type { APIRoute } from 'astro';
import { loadShareCards, takeSharePicture, type ShareCard } from '../../../data/share.ts';

export async function getStaticPaths() {
  return (await loadShareCards()).map((card) => ({ params: { kind: card.kind, id: card.id }, props: { card } }));
}

/** The share picture (og:image) of an explainer, document, school or city page (src/data/share.ts). */
export const GET: APIRoute = async ({ props, site }) => {
  const { card } = props as { card: ShareCard };
  const png = await takeSharePicture(card, String(site));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
