import type { APIRoute } from 'astro';
import { drawCard, loadShareCards, type ShareCard } from '../../../data/share.ts';

export async function getStaticPaths() {
  return (await loadShareCards()).map((card) => ({ params: { kind: card.kind, id: card.id }, props: { card } }));
}

/** The share picture (og:image) of an explainer, document, school or city page (src/data/share.ts). */
export const GET: APIRoute = async ({ props, site }) =>
  new Response(await drawCard((props as { card: ShareCard }).card, site), { headers: { 'Content-Type': 'image/png' } });
