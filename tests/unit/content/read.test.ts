import { describe, expect, it } from 'vitest';
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { contentOf, contentRead, forgetContent, readContent, SIZE_LIMITS } from '../../../src/content/read.ts';
import { checkContent } from '../../../src/lib/content/checks/index.ts';
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

  it('gives one message for one YAML syntax error, not one per reference into the broken file', async () => {
    const copy = contentCopy({ 'schools.yaml': (t) => t.replace(/name: ([^\n]+)/, 'name: "$1') });
    try {
      const problems = checkContent(await readContent(copy.dir, copy.dir));
      expect(problems).toEqual([expect.objectContaining({ file: 'schools.yaml', entry: '（整个文件）', expected: expect.stringMatching(/^YAML 语法错误：.*line \d+/) })]);
    } finally {
      copy.cleanup();
    }
  });

  it('refuses a document over its size limit without reading it, saying how large it is', async () => {
    const copy = contentCopy({ 'policies/opinion-2023.md': (t) => t + '\n' + '填充文字。'.repeat(SIZE_LIMITS.document / 12) });
    try {
      const raw = await readContent(copy.dir, copy.dir);
      expect(raw.policies.map((p) => p.label)).not.toContain('opinion-2023');
      expect(raw.unreadable).toEqual([{ file: 'policies/opinion-2023.md', reason: expect.stringMatching(/^文件过大（\d+(\.\d)? MB），.*上限为 1 MB/) }]);
    } finally {
      copy.cleanup();
    }
  });

  it('knows on which line of the file a body starts', async () => {
    const raw = await readContent('content');
    const opinion = raw.policies.find((p) => p.label === 'opinion-2023');
    const lines = readFileSync('content/policies/opinion-2023.md', 'utf8').split('\n');
    expect(lines[(opinion?.bodyLine ?? 0) - 1]).toBe(opinion?.body?.split('\n')[0]);
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
  it('reads each document as Markdown once, with an outline that includes the HTML written in it', async () => {
    const raw = await readContent('content');
    expect(raw.policies.map((p) => p.label)).toContain('opinion-2023');
    expect(raw.policies.every((p) => p.outline && p.outline.anchors.size > 0)).toBe(true);
    const opinion = raw.policies.find((p) => p.label === 'opinion-2023')!;
    // <h2 id="opinion"> and the signature block are HTML in the Markdown.
    expect(opinion.outline?.anchors.has('opinion')).toBe(true);
    expect(opinion.outline?.text).toContain('山西省人民政府办公厅');
    expect(opinion.outline?.anchors.has('clause-6')).toBe(true);
  });

  it('leaves the outlines out for a reader that needs only the data (the importers), the data the same', async () => {
    const [whole, data] = [await readContent('content'), await readContent('content', process.cwd(), { outlines: false })];
    expect(data.policies.some((p) => p.outline)).toBe(false);
    expect(data.policies.map((p) => p.data)).toEqual(whole.policies.map((p) => p.data));
    expect(data.schools).toEqual(whole.schools);
  });

  it('names a document written as .mdx instead of losing it', async () => {
    const copy = contentCopy({});
    try {
      renameSync(join(copy.dir, 'policies/opinion-2023.md'), join(copy.dir, 'policies/opinion-2023.mdx'));
      const raw = await readContent(copy.dir, copy.dir);
      expect(raw.policies.map((p) => p.label)).not.toContain('opinion-2023');
      expect(checkContent(raw)).toContainEqual(
        expect.objectContaining({ file: 'policies/opinion-2023.mdx', entry: '（整个文件）', expected: expect.stringContaining('扩展名 .md') }),
      );
    } finally {
      copy.cleanup();
    }
  });
});
