import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentOf, contentRead, forgetContent, readContent } from '../../../src/content/read.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { contentCopy } from '../../helpers/content.ts';

describe('readContent', () => {
  it('reports a YAML syntax error with the file it is in, and still reads the rest', async () => {
    const copy = contentCopy({ 'cities.yaml': (t) => t.replace('seat: { lon: 112.54, lat: 37.86 }', 'seat: { lon: 112.54, lat: 37.86') });
    try {
      const raw = await readContent(copy.dir, copy.dir);
      expect(raw.unreadable).toEqual([expect.objectContaining({ file: 'cities.yaml' })]);
      expect(raw.schools.length).toBeGreaterThan(0);
      expect(checkContent(raw)).toContainEqual(expect.objectContaining({ file: 'cities.yaml', entry: '（整个文件）' }));
    } finally {
      copy.cleanup();
    }
  });

  it('says so when content/site.yaml is missing', async () => {
    const copy = contentCopy({ 'site.yaml': () => '' });
    try {
      const raw = await readContent(copy.dir, copy.dir);
      expect(checkContent(raw)).toContainEqual(expect.objectContaining({ file: 'site.yaml' }));
    } finally {
      copy.cleanup();
    }
  });
});

describe('contentOf: one read per folder, shared', () => {
  it('reads a folder once, and again only after forgetContent', async () => {
    const copy = contentCopy({});
    try {
      expect(() => contentRead(copy.dir)).toThrow(/还没有读取/);
      const first = await contentOf(copy.dir);
      expect(await contentOf(copy.dir)).toBe(first);
      expect(contentRead(copy.dir)).toBe(first);
      expect(first.openData.map((d) => (d.data as { id: string }).id)).toContain('five-year-programs');
      forgetContent(copy.dir);
      expect(contentRead(copy.dir)).toBe(first);
      const second = await contentOf(copy.dir);
      expect(second).not.toBe(first);
      expect(contentRead(copy.dir)).toBe(second);
      expect(second.schools.length).toBe(first.schools.length);
    } finally {
      copy.cleanup();
    }
  });
});

describe('readContent: documents', () => {
  it('parses each document once, as the page is, and names a document whose MDX cannot be parsed by its file, line and column', async () => {
    const file = 'policies/opinion-2023.mdx';
    const copy = contentCopy({ [file]: (t) => t.replace('<h2 id="opinion">', '<h2 id="opinion">{未闭合') });
    try {
      const raw = await readContent(copy.dir, copy.dir);
      const line = readFileSync(join(copy.dir, file), 'utf8').split('\n').findIndex((l) => l.includes('{未闭合')) + 1;
      expect(raw.unreadable).toEqual([{ file, reason: expect.stringMatching(new RegExp(`^MDX 正文第 ${line} 行第 \\d+ 列无法解析：`)) }]);
      expect(raw.policies.map((p) => p.label)).not.toContain('opinion-2023');
      expect(raw.policies.every((p) => p.outline && p.outline.anchors.size > 0)).toBe(true);
      expect(checkContent(raw)).toContainEqual(expect.objectContaining({ file, entry: '（整个文件）' }));
    } finally {
      copy.cleanup();
    }
  });
});
