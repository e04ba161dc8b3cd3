import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/text.ts';
import { mainHtml, readPage, textOf, withoutTools } from '../helpers/dist.ts';

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * The lines of a raw seed text that must appear on the page, cleaned only of the extraction
 * artifacts content/seeds/README.md lists: page numbers, letter-spaced letterheads, the stray
 * Word bookmark, and a heading the page layout printed twice.
 */
export function seedLines(raw: string): string[] {
  return raw
    .split('\n')
    .filter((line) => !/^\s*(\S\s)+\S\s*$/.test(line.trim()) || line.trim().length < 4)
    .map((line) => squash(line.replace('[bookmark: _GoBack]', '')))
    .filter((line) => line && !/^—\d+—$/.test(line))
    .map((line) => {
      const half = line.length / 2;
      return line.length % 2 === 0 && line.slice(0, half) === line.slice(half) ? line.slice(0, half) : line;
    });
}

const documents = readdirSync('content/policies').map((file) => {
  const parts = splitFrontmatter(readFileSync(`content/policies/${file}`, 'utf8'));
  return { id: file.replace(/\.md$/, ''), seed: (parse(parts?.frontmatter ?? '') as { seed: string }).seed };
});

describe('every document page holds its source text word for word', () => {
  it('covers all five seed files', () => {
    expect(documents.map((d) => d.seed).sort()).toEqual(
      readdirSync('content/seeds')
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
  });

  it.each(documents)('$id contains every line of $seed', ({ id, seed }) => {
    const page = squash(textOf(withoutTools(mainHtml(readPage(`/policies/${id}/`)))));
    const lines = seedLines(readFileSync(`content/seeds/${seed}`, 'utf8'));
    expect(lines.length).toBeGreaterThan(20);
    const missing = lines.filter((line) => !page.includes(line));
    expect(missing).toEqual([]);
  });
});

describe('seedLines', () => {
  it('drops page furniture and a doubled heading, and keeps real text', () => {
    expect(seedLines('山 西 省 教 育 厅 文 件\n— 4 —\n[bookmark: _GoBack]　　一、总体要求\n普及程度实现突破普及程度实现突破\n23所 中职学校')).toEqual([
      '一、总体要求',
      '普及程度实现突破',
      '23所中职学校',
    ]);
  });
});
