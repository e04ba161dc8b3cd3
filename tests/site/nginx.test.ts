import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_RULES, EMBED_HEADERS, SECURITY_HEADERS } from '../../src/lib/web/security.ts';

const NGINX = process.env['NGINX'] || '/usr/sbin/nginx';

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

let dir = '';
let port = 0;
let plainPort = 0;
let nginx: ChildProcess | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  port = await freePort();
  plainPort = await freePort();
  copyFileSync('deploy/security-headers.conf', join(dir, 'security-headers.conf'));
  copyFileSync('deploy/security-headers-embed.conf', join(dir, 'security-headers-embed.conf'));
  const site = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/listen\s+\d+;/, `listen 127.0.0.1:${port};`)
    .replace(/root\s+[^;]+;/, `root ${resolve('dist')};`);
  const redirect = readFileSync('deploy/http-to-https.conf', 'utf8').replace(/listen\s+\d+;/, `listen 127.0.0.1:${plainPort};`);
  writeFileSync(join(dir, 'site.conf'), `${site}\n${redirect}`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, t)};`).join('\n  ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;\nworker_processes 1;\npid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')};\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  ${temp}\n  include site.conf;\n}\n`,
  );
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      await get(port, '/');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx 未能启动：${readFileSync(join(dir, 'error.log'), 'utf8')}`);
});

afterAll(() => {
  nginx?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const expectSecurityHeaders = (headers: Record<string, string | string[] | undefined>) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
};

describe('the nginx configuration in deploy/', () => {
  it('keeps its headers in step with src/lib/web/security.ts', () => {
    const conf = readFileSync('deploy/security-headers.conf', 'utf8');
    const set = Object.fromEntries([...conf.matchAll(/add_header\s+(\S+)\s+"([^"]+)"\s+always;/g)].map((m) => [m[1], m[2]]));
    expect(set).toEqual(SECURITY_HEADERS);
    const embed = readFileSync('deploy/security-headers-embed.conf', 'utf8');
    expect(Object.fromEntries([...embed.matchAll(/add_header\s+(\S+)\s+"([^"]+)"\s+always;/g)].map((m) => [m[1], m[2]]))).toEqual(EMBED_HEADERS);
    // The cache rules too: each folder's location block sends its rule's Cache-Control.
    const site = readFileSync('deploy/nginx.conf', 'utf8');
    for (const rule of CACHE_RULES)
      expect(site, rule.folder).toMatch(new RegExp(`location /${rule.folder} \\{[^}]*add_header Cache-Control "${rule.cacheControl}" always;`));
  });

  it('lets any site frame an embed page, and only those: their policy differs in frame-ancestors alone', async () => {
    const embed = await get(port, '/embed/five-year-by-category/');
    expect(embed.status).toBe(200);
    const policy = String(embed.headers['content-security-policy']);
    expect(policy).toContain('frame-ancestors *');
    expect(policy.replace('frame-ancestors *', "frame-ancestors 'self'")).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    const chart = await get(port, '/data/five-year-by-category/');
    expect(chart.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    const file = readFileSync('dist/_headers', 'utf8');
    expect(file).toMatch(/\/embed\/\*\n\s+! Content-Security-Policy\n\s+Content-Security-Policy: [^\n]*frame-ancestors \*/);
  });

  it('serves pages with the security headers, revalidation and gzip', async () => {
    const res = await get(port, '/', { 'Accept-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });

  it('answers a missing page with the real 404 status, the Chinese 404 page and the headers', async () => {
    const res = await get(port, '/no-such-page/');
    expect(res.status).toBe(404);
    expect(res.body.toString('utf8')).toContain('页面不存在');
    expectSecurityHeaders(res.headers);
  });

  it('caches hashed assets for a year and serves CSV as text/csv', async () => {
    const asset = readdirSync('dist/_astro').find((f) => f.endsWith('.css') || f.endsWith('.js'));
    expect(asset).toBeTruthy();
    const res = await get(port, `/_astro/${asset}`, { 'Accept-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(res.headers);
    const csv = await get(port, '/data/five-year-programs-2025.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
  });

  it('ships the same headers for static hosts in _headers', () => {
    const file = readFileSync('dist/_headers', 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`${name}: ${value}`);
    expect(file).toMatch(/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });

  it('redirects a folder without its slash to a relative address, naming no host, scheme or port', async () => {
    const res = await get(port, '/map');
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/map/');
  });

  it('shows no nginx version, in the header or on an error page', async () => {
    const res = await get(port, '/map');
    expect(res.headers['server']).toBe('nginx');
    expect(res.body.toString('utf8')).not.toMatch(/nginx\/\d/);
  });

  it('answers a folder that has no page with the site’s 404, not nginx’s 403', async () => {
    const folders = ['/og/', '/data/', '/pagefind/'].filter((f) => existsSync(`dist${f}`) && !existsSync(`dist${f}index.html`));
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      const res = await get(port, folder);
      expect(res.status, folder).toBe(404);
      expect(res.body.toString('utf8'), folder).toContain('页面不存在');
    }
  });

  it('gzips the open data, the feed and the sitemaps, and names their character set', async () => {
    const csv = readdirSync('dist/data').find((f) => f.endsWith('.csv'));
    // (sitemap-index.xml is under gzip_min_length: too small to be worth compressing.)
    const paths = [`/data/${csv}`, '/rss.xml', '/sitemap-0.xml'];
    for (const path of paths) {
      const res = await get(port, path, { 'Accept-Encoding': 'gzip' });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBe('gzip');
      expect(String(res.headers['content-type']), path).toMatch(/charset=utf-8/);
    }
  });

  it('sends plain HTTP to the same path over HTTPS with the block in deploy/http-to-https.conf', async () => {
    const res = await get(plainPort, '/map/?city=x', { Host: 'zhijiao.example.org' });
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('https://zhijiao.example.org/map/?city=x');
    expect(res.headers['server']).toBe('nginx');
  });
});
