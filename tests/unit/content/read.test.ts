import { describe, expect, it } from 'vitest';
import { contentOf, contentRead, forgetContent, readContent } from '../../../src/content/read.ts';
import { checkContent } from '../../../src/lib/integrity.ts';
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
