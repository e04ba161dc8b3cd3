import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDir, contentOf, forgetContent, type RawContent, type RawEntry } from './read.ts';

/**
 * An Astro content-layer loader that hands a collection the entries src/content/read.ts read, so
 * the collections, the integrity check and the data loaders see the same parse of the same files.
 * Entries keep the order of their file. Each entry's id is its `id` field, or (for files holding
 * one entry, like five-year-lists/2025.yaml) the file's name, or a document's file name.
 *
 * With `markdown`, each entry's body is rendered here, by Astro's Markdown pipeline (the one in
 * astro.config.mjs, with the clause plugin), and the HTML is stored with the entry: the policy
 * documents are data, not modules Astro compiles and bundles one by one.
 */
export function fromContent(pick: (content: RawContent) => RawEntry[], options: { markdown?: boolean } = {}): Loader {
  return {
    name: 'shanxi-zhijiao-content',
    load: async ({ store, parseData, generateDigest, renderMarkdown, watcher }) => {
      const dir = contentDir();
      const sync = async () => {
        store.clear();
        for (const entry of pick(await contentOf(dir))) {
          const raw = entry.data as Record<string, unknown>;
          const id = typeof raw['id'] === 'string' ? raw['id'] : entry.label;
          const body = options.markdown ? (entry.body ?? '') : undefined;
          store.set({
            id,
            data: await parseData({ id, data: raw }),
            digest: generateDigest(body === undefined ? raw : { raw, body }),
            filePath: entry.file,
            ...(body === undefined ? {} : { rendered: await renderMarkdown(body, { fileURL: pathToFileURL(resolve(entry.file)) }) }),
          });
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
