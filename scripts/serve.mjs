// Serves the built site (dist/) on localhost, under the same base path it was built for.
// Used by `npm start` and by the browser tests, with the site's security headers (CSP included) and
// its cache rules, so the tests run under the same policy as production. No dependencies: node:http only.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheHeaders, EMBED_HEADERS, SECURITY_HEADERS } from '../src/lib/web/security.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Sends a file's bytes (through `through`, if given). A file that cannot be read after all (removed
 * between the check and the read, as when a test's site is taken down while the browser still asks
 * for its icon) ends that response, never the server.
 */
function send(file, res, ...through) {
  pipeline(createReadStream(file), ...through, res, (error) => {
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error(`读取 ${file} 出错：${error.message}`);
  });
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts a static server for `root` mounted at `base` on `host:port` (port 0 picks a free one);
 * `gzip` compresses text for clients that accept it.
 * Resolves to { server, url }.
 */
/** Types a host compresses on the way (Pagefind's own files are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/;

export async function startServer({ root = 'dist', base = '/', host = '127.0.0.1', port = 4321, gzip = false } = {}) {
  const dir = resolve(root);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server = createServer((req, res) => {
    // One bad request must never stop the server: answer it and keep serving.
    respond(req, res).catch((error) => {
      console.error(`请求 ${req.url} 出错：${error instanceof Error ? error.message : error}`);
      if (!res.headersSent) res.writeHead(500, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('服务器出错');
    });
  });

  async function respond(req, res) {
    let url;
    let path;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      path = decodeURIComponent(url.pathname);
    } catch {
      // A malformed address (`/%E0%A4%A`): the client's mistake, said as such.
      res.writeHead(400, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('地址格式有误（400）');
    }
    if (!path.startsWith(prefix)) {
      if (`${path}/` === prefix) {
        res.writeHead(301, { Location: prefix });
        return res.end();
      }
      return notFound(res);
    }
    path = normalize(path.slice(prefix.length - 1));
    let file = join(dir, path);
    if (!file.startsWith(dir)) return notFound(res);
    if (path.endsWith('/')) file = join(file, 'index.html');
    else if (!(await isFile(file)) && (await isFile(join(file, 'index.html')))) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    if (!(await isFile(file))) return notFound(res);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // The embed pages may be framed by any site, as _headers and the nginx config serve them; hashed
    // assets and the search index are cached as a host caches them (CACHE_RULES).
    const headers = { ...(path.startsWith('/embed/') ? EMBED_HEADERS : SECURITY_HEADERS), ...cacheHeaders(path) };
    // `gzip`: text compressed as a real host serves it (the benchmark's slow-connection figures).
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      return send(file, res, createGzip());
    }
    res.writeHead(200, { ...headers, 'Content-Type': type });
    send(file, res);
  }

  async function notFound(res) {
    const page = join(dir, '404.html');
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
    if (await isFile(page)) send(page, res);
    else res.end('<!doctype html><html lang="zh-CN"><title>404</title><p>页面不存在</p></html>');
  }

  await new Promise((done) => server.listen(port, host, done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}${prefix}` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({
    base: process.env.BASE_PATH || '/',
    port: Number(process.env.PORT || 4321),
    host: process.env.HOST || '127.0.0.1',
  });
  console.log(`山西职教政策通已在本机运行：${url}\n（按 Ctrl+C 停止）`);
}
