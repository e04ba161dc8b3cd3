import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README is the front door: short enough to read, and every file it links is there.
const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('stays within 400 lines (measurements live in docs/performance.md)', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(400);
  });

  it('links only files that exist, and each heading it links to inside them', () => {
    const links = [...readme.matchAll(/\]\(((?:docs|content|tests|src|scripts|deploy)\/[^)#\s]+)(?:#([^)\s]+))?\)/g)];
    expect(links.length).toBeGreaterThan(5);
    for (const [, file, anchor] of links) {
      expect(existsSync(file!), file).toBe(true);
      if (anchor) {
        const headings = [...readFileSync(file!, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.trim().toLowerCase().replace(/\s+/g, '-'));
        expect(headings, `${file}#${anchor}`).toContain(anchor);
      }
    }
  });
});
