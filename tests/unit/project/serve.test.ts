import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../scripts/serve.mjs';

/** The status of a raw GET (the path is sent as written, not re-encoded). */
function status(url: string, path: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end();
  });
}

let root = '';
let server: Server;
let url = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>首页</title>');
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
});
