import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of the real content folder with a broken fixture laid over it
 * (tests/fixtures/broken/<name>/ holds only the files that differ). Call cleanup() when done.
 */
export function contentWithFixture(name: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `content-${name}-`));
  cpSync('content', dir, { recursive: true });
  cpSync(join('tests/fixtures/broken', name), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
