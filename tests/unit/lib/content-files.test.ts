import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content-files.ts';
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
