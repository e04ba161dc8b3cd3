import { describe, expect, it } from 'vitest';
import { contrast, categoryStyles, CATEGORY_STYLES } from '../../../../src/lib/geometry/palette.ts';

describe('palette', () => {
  it('gives every category colour at least 3:1 contrast against white', () => {
    for (const style of CATEGORY_STYLES) expect(contrast(style.color, '#ffffff')).toBeGreaterThanOrEqual(3);
    // Every category has a line pattern of its own, so two categories never look alike in greyscale.
    expect(new Set(CATEGORY_STYLES.map((s) => s.dash)).size).toBe(CATEGORY_STYLES.length);
  });
  it('gives distinct colour-and-dash pairs to up to twelve categories', () => {
    const styles = categoryStyles(Array.from({ length: 12 }, (_, i) => `类${i}`));
    expect(new Set([...styles.values()].map((s) => `${s.color}|${s.dash}`)).size).toBe(12);
  });
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
