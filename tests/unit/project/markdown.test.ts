import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The content checks parse each document's Markdown to find its clauses and quotes
// (src/content/read.ts); the pages are rendered by Astro's Markdown processor. A quote checked
// against one parser and shown by another could differ, so both must be the same satteri, with the
// same features.
const fromProject = createRequire(`${process.cwd()}/package.json`);

describe('one Markdown parser for the checks and the pages', () => {
  it('the checks and Astro’s processor load the same copy of satteri', () => {
    const checks = realpathSync(fromProject.resolve('satteri'));
    const pages = realpathSync(createRequire(fromProject.resolve('@astrojs/markdown-satteri')).resolve('satteri'));
    expect(pages).toBe(checks);
  });

  it('with the same features: the site’s config hands the checks’ MARKDOWN_FEATURES to the processor', () => {
    const config = readFileSync('astro.config.mjs', 'utf8');
    expect(config).toMatch(/import \{ MARKDOWN_FEATURES \} from '\.\/src\/content\/read\.ts';/);
    expect(config).toMatch(/processor: satteri\(\{[^}]*features: MARKDOWN_FEATURES[^}]*\}\)/);
    expect(readFileSync('src/content/read.ts', 'utf8')).toMatch(/markdownToHast\(body, \{[^}]*features: MARKDOWN_FEATURES/);
  });
});
