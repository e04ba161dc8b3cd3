import type { APIRoute } from 'astro';
import { loadShareCards, shareCardSvg, type ShareCard } from '../../../data/share.ts';

export async function getStaticPaths() {
  return (await loadShareCards()).map((card) => ({ params: { kind: card.kind, id: card.id }, props: { card } }));
}

/**
 * The share picture (og:image) of an explainer, document, school or city page, as SVG
 * (src/data/share.ts); the build draws it as the PNG the page names and removes the SVG
 * (src/integrations/pictures.ts).
 */
export const GET: APIRoute = ({ props, site }) =>
  new Response(shareCardSvg((props as { card: ShareCard }).card, site), { headers: { 'Content-Type': 'image/svg+xml' } });
