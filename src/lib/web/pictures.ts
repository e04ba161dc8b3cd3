// Which SVG files of a build become PNG pictures after Astro has written the pages
// (src/integrations/pictures.ts), at what width, and whether the SVG stays published beside them.
// Pages and endpoints only write SVG; nothing is drawn while pages are written.

/**
 * A picture to draw: the PNG's site path, its width in px (undefined: the SVG's own), whether the SVG
 * stays, and whether its text may be painted from the workers' glyph masks (src/data/glyphs.ts): for
 * share cards and the posters of schools and explainers, whose lines of text nothing is drawn over.
 */
export interface PictureJob {
  png: string;
  width?: number;
  keepSvg: boolean;
  glyphs: boolean;
}

/** The share cards of school and city pages: the same 1200 × 630 drawing at half the size (a national list has thousands). */
export const SMALL_CARD_WIDTH = 600;

const RULES: { pattern: RegExp; width?: number; keepSvg: boolean; glyphs: boolean }[] = [
  // Share cards (og:image): only the PNG is published; their SVG needs the pictures' font.
  { pattern: /^og\/(?:schools|cities)\/[^/]+\.svg$/, width: SMALL_CARD_WIDTH, keepSvg: false, glyphs: true },
  { pattern: /^og\/[^/]+\/[^/]+\.svg$/, keepSvg: false, glyphs: true },
  // Posters to save and forward: the same; a chart's poster has the chart's bars and labels.
  { pattern: /^posters\/(?:schools|explainers)\/[^/]+\.svg$/, keepSvg: false, glyphs: true },
  { pattern: /^posters\/[^/]+\/[^/]+\.svg$/, keepSvg: false, glyphs: false },
  // Charts and the map: the SVG is published for download, with its PNG beside it.
  { pattern: /^data\/[^/]+\.svg$/, keepSvg: true, glyphs: false },
  { pattern: /^map\.svg$/, keepSvg: true, glyphs: false },
];

/** The job for an SVG at `path` (relative to the site's root, `/`-separated), or null when it stays an SVG only. */
export function pictureJob(path: string): PictureJob | null {
  const rule = RULES.find((r) => r.pattern.test(path));
  if (!rule) return null;
  return { png: path.replace(/\.svg$/, '.png'), ...(rule.width ? { width: rule.width } : {}), keepSvg: rule.keepSvg, glyphs: rule.glyphs };
}
