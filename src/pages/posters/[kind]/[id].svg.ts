import type { APIRoute } from 'astro';
import { loadPosters, posterSvg } from '../../../data/posters.ts';

export async function getStaticPaths() {
  return (await loadPosters()).map((poster) => ({ params: { kind: poster.kind, id: poster.id }, props: { poster } }));
}

/**
 * A poster as SVG (src/data/posters.ts). The build turns each into the PNG the pages link, after
 * Astro has written the pages (src/integrations/pictures.ts), and removes the SVG: its type needs
 * the pictures' font, which a reader's phone may not have.
 */
export const GET: APIRoute = ({ props, site }) =>
  new Response(posterSvg((props as { poster: Parameters<typeof posterSvg>[0] }).poster, site), { headers: { 'Content-Type': 'image/svg+xml' } });
