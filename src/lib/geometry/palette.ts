/**
 * Category colours for 专业大类, each at least 3:1 against white (marks and lines) and paired with a
 * dash pattern of its own (no two alike), so a category is never told by colour alone.
 */
export const CATEGORY_STYLES = [
  { color: '#1f5f8b', dash: '' },
  { color: '#b5451b', dash: '8 4' },
  { color: '#2e7d32', dash: '2 3' },
  { color: '#7b3f98', dash: '12 3 2 3' },
  { color: '#8a6d00', dash: '16 4' },
  { color: '#c2185b', dash: '4 2 4 6' },
  { color: '#00796b', dash: '1 5' },
  { color: '#5d4037', dash: '6 2 1 2 1 2' },
  { color: '#3949ab', dash: '6 2' },
  { color: '#6d7a00', dash: '10 2 10 6' },
  { color: '#d84315', dash: '3 3 9 3' },
  { color: '#455a64', dash: '20 3' },
] as const;

/** A stable style per category: categories sorted, then styles in order. */
export function categoryStyles(categories: string[]): Map<string, { color: string; dash: string }> {
  const sorted = [...new Set(categories)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return new Map(sorted.map((c, i) => [c, CATEGORY_STYLES[i % CATEGORY_STYLES.length]!]));
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
