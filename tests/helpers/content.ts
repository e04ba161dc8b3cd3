import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent, type RawContent, type RawEntry } from '../../src/content/read.ts';

let real: Promise<RawContent> | undefined;

/**
 * The real content with one small change made in memory: a broken fixture is the patch, not a
 * copy of the file, so it never drifts from the content it breaks.
 */
export async function patchedContent(patch: (content: RawContent) => void): Promise<RawContent> {
  real ??= readContent('content');
  const copy = structuredClone(await real);
  patch(copy);
  return copy;
}

/** The data of the entry with this id (or label) in a collection, to change in place. */
// Fixtures reach into raw, unvalidated YAML on purpose, hence `any`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function entryData(entries: RawEntry[], id: string): any {
  const entry = entries.find((e) => (e.data as { id?: string } | null)?.id === id || e.label === id);
  if (!entry) throw new Error(`fixture: no entry ${id}`);
  return entry.data;
}

/** The entry itself (for a document's Markdown body). */
export function entryNamed(entries: RawEntry[], label: string): RawEntry {
  const entry = entries.find((e) => e.label === label);
  if (!entry) throw new Error(`fixture: no entry ${label}`);
  return entry;
}

/**
 * A copy of the real content folder on disk with some files edited as text (for the real failing
 * build and for files that must fail to parse). Call cleanup() when done.
 */
export function contentCopy(edits: Record<string, (text: string) => string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync('content', dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`fixture: the edit of ${file} changed nothing`);
    writeFileSync(path, after);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A digest of every file in a folder (paths and text): two equal digests, nothing changed. */
export function folderDigest(dir: string): string {
  return createHash('sha256')
    .update(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .sort()
        .map((f) => `${f}\n${readFileSync(f, 'utf8')}`)
        .join('\n'),
    )
    .digest('hex');
}
