import type { Loader } from 'astro/loaders';
import { contentDir, contentOf, forgetContent, type RawContent, type RawEntry } from './read.ts';

/**
 * An Astro content-layer loader that hands a collection the entries src/content/read.ts read, so
 * the collections, the integrity check and the data loaders see the same parse of the same files.
 * Entries keep the order of their file. Each entry's id is its `id` field, or (for files holding
 * one entry, like five-year-lists/2025.yaml) the file's name.
 */
export function fromContent(pick: (content: RawContent) => RawEntry[]): Loader {
  return {
    name: 'shanxi-zhijiao-content',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const dir = contentDir();
      const sync = async () => {
        store.clear();
        for (const entry of pick(await contentOf(dir))) {
          const raw = entry.data as Record<string, unknown>;
          const id = typeof raw['id'] === 'string' ? raw['id'] : entry.label;
          store.set({ id, data: await parseData({ id, data: raw }), digest: generateDigest(raw), filePath: entry.file });
        }
      };
      await sync();
      watcher?.on('change', (path) => {
        if (!path.startsWith(dir)) return;
        forgetContent(dir);
        void sync();
      });
    },
  };
}
