// `npm run build`: builds the site into a staging folder beside dist/ and puts it in place only when
// Astro and Pagefind have both finished. Astro empties its output folder before it bundles, so a
// build that fails late (a syntax error in an explainer) used to leave no site at all; now the last
// good dist/ stays whole and the message names the file and line that stopped the build.
// Usage: node scripts/build.mjs [--out dist]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import './check-node.mjs';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

/** Runs a command with its output shown as it comes and kept; resolves to { code, output }. */
function run(command, args, env = process.env) {
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    const keep = (stream, to) =>
      stream.on('data', (chunk) => {
        output.push(chunk);
        to.write(chunk);
      });
    keep(child.stdout, process.stdout);
    keep(child.stderr, process.stderr);
    child.on('close', (code) => done({ code: code ?? 1, output: Buffer.concat(output).toString('utf8') }));
  });
}

/**
 * The content file and position a failed build's output names (`…/explainers/x.mdx:31:50`), the
 * file relative to the working folder where it is inside it; null when the output names none.
 */
export function failingPlace(output) {
  // eslint-disable-next-line no-control-regex -- terminal colour codes in the tool's output
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const match = plain.match(/([^\s:'"()]+\.(?:mdx|md|yaml|yml)):(\d+)(?::(\d+))?/);
  if (!match?.[1]) return null;
  const inside = relative(process.cwd(), match[1]);
  const file = match[1].startsWith('/') && !inside.startsWith('..') ? inside : match[1];
  return { file, line: Number(match[2]), column: match[3] ? Number(match[3]) : null };
}

/**
 * What the search page's first answer and first full-text search need, asked for as the page
 * arrives instead of one round trip after another (400 ms each on a slow mobile line):
 * - the index's entry file, under the tag the page's loader gives Pagefind (without one Pagefind adds
 *   the time to its address, and no preload can match), and its metadata file, whose name holds a
 *   hash Pagefind picks when it indexes, after the pages are written; both at low priority;
 * - the page's own scripts (the search script comes at the end of a 14 KB page) and the modules they
 *   import (Astro links none of them ahead).
 */
export function preloadSearchFiles(site) {
  const page = join(site, 'search', 'index.html');
  if (!existsSync(page)) return;
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  let html = readFileSync(page, 'utf8');
  const anchor = /<link rel="modulepreload" fetchpriority="low" href="([^"]*)pagefind\/pagefind\.js">/;
  const base = anchor.exec(html)?.[1];
  if (base === undefined) throw new Error('搜索页没有预加载 pagefind.js 的链接，无法补上索引文件的预加载。');
  const languages = Object.values(entry.languages);
  const tag = languages.map((language) => language.hash).join('-');
  const fetchLink = (file, extra = '') => `<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="${base}pagefind/${file}"${extra}>`;
  const indexLinks = [
    fetchLink(`pagefind-entry.json?ts=${tag}`, ` data-index-tag="${tag}"`),
    ...languages.map((language) => fetchLink(`pagefind.${language.hash}.pf_meta`)),
  ];
  const modules = new Set();
  const follow = (src) => {
    const file = join(site, src.slice(base.length));
    if (!existsSync(file)) return;
    for (const [, imported] of readFileSync(file, 'utf8').matchAll(/(?:^|[;}])\s*import\s*(?:[\w{}\s,*$]+from\s*)?["']\.\/([^"']+)["']/g)) {
      const next = `${src.slice(0, src.lastIndexOf('/') + 1)}${imported}`;
      if (!modules.has(next)) {
        modules.add(next);
        follow(next);
      }
    }
  };
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
  for (const src of scripts) follow(src);
  // The page's own scripts too: the search page's comes at the end of its HTML, after the answers.
  for (const src of scripts) modules.add(src);
  const moduleLinks = [...modules].map((src) => `<link rel="modulepreload" href="${src}">`);
  html = html.replace(anchor, (found) => `${moduleLinks.join('')}${found}${indexLinks.join('')}`);
  writeFileSync(page, html);
}

async function build(values) {
  const out = resolve(values.out);
  const staging = `${out}.next`;
  const previous = `${out}.previous`;
  const fail = (step, output) => {
    rmSync(staging, { recursive: true, force: true });
    const place = failingPlace(output);
    const where = place ? `出错的位置：${place.file} 第${place.line}行${place.column ? `第${place.column}列` : ''}。` : '';
    const kept = existsSync(out) ? `${values.out}/ 保留上一次成功的构建，未改动。` : `${values.out}/ 尚无成功的构建。`;
    console.error(`\n构建失败（${step}）。${where}${kept}`);
    process.exit(1);
  };

  rmSync(staging, { recursive: true, force: true });
  // MIMALLOC_PURGE_DELAY=0: the bundler's allocator (mimalloc) reads it when it loads and then hands
  // freed memory back at once instead of holding it for the rest of the build (docs/performance.md).
  const astro = await run(bin('astro'), ['build', '--outDir', staging], { ...process.env, MIMALLOC_PURGE_DELAY: '0' });
  if (astro.code !== 0) fail('astro build', astro.output);
  const pagefind = await run(bin('pagefind'), ['--site', staging]);
  if (pagefind.code !== 0) fail('pagefind', pagefind.output);
  try {
    preloadSearchFiles(staging);
  } catch (error) {
    fail('pagefind', String(error instanceof Error ? error.message : error));
  }

  rmSync(previous, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  console.log(`构建完成：${values.out}/`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build(parseArgs({ options: { out: { type: 'string', default: 'dist' } } }).values);
}
