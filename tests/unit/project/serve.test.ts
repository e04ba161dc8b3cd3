import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../scripts/serve.mjs';

/** The status and Cache-Control of a raw GET (the path is sent as written, not re-encoded). */
function get(url: string, path: string): Promise<{ status: number; cacheControl: string | undefined }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode ?? 0, cacheControl: res.headers['cache-control'] }));
    });
    req.on('error', fail);
    req.end();
  });
}
const status = async (url: string, path: string) => (await get(url, path)).status;

let root = '';
let server: Server;
let url = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>首页</title>');
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, '_astro', 'page.abc123.js'), '');
  mkdirSync(join(root, 'pagefind'));
  writeFileSync(join(root, 'pagefind', 'pagefind-entry.json'), '{}');
  ({ server, url } = (await startServer({ root, port: 0 })) as { server: Server; url: string });
});

afterAll(() => {
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('scripts/serve.mjs (npm start)', () => {
  it('answers a malformed address with 400 and keeps serving', async () => {
    expect(await status(url, '/%E0%A4%A')).toBe(400);
    expect(await status(url, '/%')).toBe(400);
    expect(await status(url, '/')).toBe(200);
    expect(await status(url, '/no-such-page/')).toBe(404);
  });

  it('caches as the host does: hashed assets for a year, the search index for an hour, pages not at all', async () => {
    expect(await get(url, '/_astro/page.abc123.js')).toEqual({ status: 200, cacheControl: 'public, max-age=31536000, immutable' });
    expect(await get(url, '/pagefind/pagefind-entry.json')).toEqual({ status: 200, cacheControl: 'public, max-age=3600' });
    expect(await get(url, '/')).toEqual({ status: 200, cacheControl: undefined });
  });
});

describe('a file that cannot be read', () => {
  it('ends that response and keeps serving (a file found, then unreadable: here /proc/self/mem, which fails at its first byte)', async () => {
    symlinkSync('/proc/self/mem', join(root, 'unreadable.txt'));
    await get(url, '/unreadable.txt').catch(() => null);
    expect(await status(url, '/')).toBe(200);
  });
});
