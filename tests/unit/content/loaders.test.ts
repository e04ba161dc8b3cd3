import { describe, expect, it } from 'vitest';
import { fromContent } from '../../../src/content/loaders.ts';
import { contentOf } from '../../../src/content/read.ts';

/** Runs a loader against a minimal content-layer context and returns what it stored, in order. */
async function load(loader: ReturnType<typeof fromContent>) {
  const stored: { id: string; data: Record<string, unknown>; filePath?: string }[] = [];
  const context = {
    store: { clear: () => stored.splice(0), set: (e: (typeof stored)[number]) => stored.push(e) > 0 },
    parseData: async ({ data }: { id: string; data: Record<string, unknown> }) => ({ ...data, parsed: true }),
    generateDigest: (d: unknown) => JSON.stringify(d).length.toString(16),
  };
  await loader.load(context as never);
  return stored;
}

describe('fromContent', () => {
  it('hands a collection the entries the reader read, in file order, each through the schema, with its file', async () => {
    const content = await contentOf();
    const stored = await load(fromContent((c) => c.charts));
    expect(stored.map((e) => e.id)).toEqual(content.charts.map((c) => (c.data as { id: string }).id));
    expect(stored.every((e) => e.data['parsed'] === true && e.filePath === 'content/charts.yaml')).toBe(true);
  });

  it('names a one-entry file (a year\'s list) by its file name', async () => {
    const stored = await load(fromContent((c) => c.lists));
    expect(stored.map((e) => e.id)).toContain('2025');
  });
});
