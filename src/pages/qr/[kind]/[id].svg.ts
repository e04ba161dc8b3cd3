import type { APIRoute } from 'astro';
import QRCode from 'qrcode';
import { loadExplainers, loadPolicies } from '../../../data/collections.ts';
import { route } from '../../../lib/web/urls.ts';

/**
 * The QR code of each document and explainer page, as its own SVG file (made at build, no
 * script): printed pages carry it, and the HTML stays light because it loads only when seen.
 */
export async function getStaticPaths() {
  return [
    ...(await loadPolicies()).map((p) => ({ params: { kind: 'policies', id: p.id } })),
    ...(await loadExplainers()).map((e) => ({ params: { kind: 'explainers', id: e.id } })),
  ];
}

export const GET: APIRoute = async ({ params, site }) => {
  const url = new URL(route.page(params['kind']!, params['id']!), site).href;
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
