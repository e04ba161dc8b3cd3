import { createHash } from 'node:crypto';
import { ENHANCING_MARK, IDLE_MARK } from './idle-scripts.ts';

/**
 * The one inline script, in two parts, allowed by its hash, never by 'unsafe-inline':
 * - It applies the reader's 大字 / 高对比 choice (kept in localStorage by
 *   src/client/display-settings.ts under the same key) before the first paint, so the page does not
 *   flash at normal size and colour first.
 * - It loads the page's enhancement scripts that the build listed in `<html data-idle-scripts>`
 *   (src/lib/web/idle-scripts.ts) once the page has loaded and the browser is idle, so a text page's
 *   first round trip is its HTML and CSS. ENHANCING_MARK is on the root until each has run (or
 *   failed), so a test can wait for a page's controls.
 */
export const BOOT_SCRIPT =
  // data-js: the page has script, so the header's search box works (without script it is hidden:
  // a static page cannot search, and the menu and the indexes lead everywhere).
  "!function(){var h=document.documentElement;h.setAttribute('data-js','');" +
  "try{var d=JSON.parse(localStorage.getItem('zhijiao-display')||'[]');for(var i=0;i<d.length;i++)if(d[i]==='large'||d[i]==='contrast')h.setAttribute('data-'+d[i],'')}catch(e){}" +
  `var s=(h.getAttribute('${IDLE_MARK}')||'').split(' ').filter(Boolean),n=s.length;if(n){h.setAttribute('${ENHANCING_MARK}','');addEventListener('load',function(){(window.requestIdleCallback||setTimeout)(function(){` +
  `s.forEach(function(u){var e=document.createElement('script');e.type='module';e.src=u;e.onload=e.onerror=function(){--n||h.removeAttribute('${ENHANCING_MARK}')};document.head.append(e)})},{timeout:1500})})}}()`;

/** The CSP source expression that allows exactly BOOT_SCRIPT. */
export const BOOT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`;

/**
 * The Content-Security-Policy of the site, one place for the <meta> tag of every page, the
 * `_headers` file for static hosts and the nginx configuration. No inline script but the boot
 * one above, by hash; Pagefind needs 'wasm-unsafe-eval' for its WebAssembly (it runs without a
 * worker: src/client/pagefind-loader.ts), so no worker source is allowed beyond default-src.
 */
// Fonts and fetches (Pagefind's index) fall back to default-src 'self'; naming them again changed
// nothing but the size of every page's <meta>.
export const CSP_DIRECTIVES: (`${'default' | 'img' | 'object'}-src ${string}` | `${'base-uri' | 'form-action'} ${string}`)[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The script and style sources: files from the site, Pagefind's WebAssembly, the one inline script by its hash. */
const SCRIPT_AND_STYLE = [`script-src 'self' 'wasm-unsafe-eval' '${BOOT_HASH}'`, "style-src 'self'"];

/**
 * The policy as every page's <meta http-equiv> carries it, for hosts that send no header: the
 * header's policy less frame-ancestors, which a <meta> tag cannot carry.
 */
export function cspMeta(): string {
  return [...CSP_DIRECTIVES, ...SCRIPT_AND_STYLE].join('; ');
}

/**
 * The policy as an HTTP header (adds what a <meta> tag cannot carry: frame-ancestors). Every page
 * may be framed only by the site itself; the embed pages (/embed/<chart>/) by any site.
 */
export function cspHeader(frameAncestors = "'self'"): string {
  return `${cspMeta()}; frame-ancestors ${frameAncestors}`;
}

/** Security and caching headers every response gets (also written to _headers and the nginx config). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': cspHeader(),
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The headers of the embed pages: the same, but any site may frame them. */
export const EMBED_HEADERS: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Security-Policy': cspHeader('*') };

/**
 * How long a reader's browser may keep a file without asking again, by the folder it is in (the
 * site-relative folder, no base path): the hashed assets for a year (a changed file gets a new name),
 * Pagefind's index for an hour. Everything else is asked for again each time. The same rules are
 * in `_headers`, in deploy/nginx.conf (tests/site/nginx.test.ts) and in the local server
 * (scripts/serve.mjs), so the browser tests load pages as a reader's browser does.
 */
export const CACHE_RULES: readonly { folder: `${string}/`; cacheControl: string }[] = [
  { folder: '_astro/', cacheControl: 'public, max-age=31536000, immutable' },
  { folder: 'pagefind/', cacheControl: 'public, max-age=3600' },
];

/** The Cache-Control header of a site-relative path (`_astro/x.js`), or none when it is asked for again each time. */
export function cacheHeaders(sitePath: string): Record<string, string> {
  const rule = CACHE_RULES.find((r) => sitePath.replace(/^\/+/, '').startsWith(r.folder));
  return rule ? { 'Cache-Control': rule.cacheControl } : {};
}

/**
 * `_headers` (Cloudflare Pages and compatible hosts) for a site served under `base`. The embed
 * pages first detach the site-wide policy (`! Content-Security-Policy`, Cloudflare's syntax), so
 * that only their own applies; a host without detaching must serve /embed/ by its own rule.
 */
export function headersFile(base: string): string {
  const lines = (headers: Record<string, string>) =>
    Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n');
  const caching = CACHE_RULES.map((r) => `${base}${r.folder}*\n  Cache-Control: ${r.cacheControl}\n`).join('\n');
  return `${base}*\n${lines(SECURITY_HEADERS)}\n\n${base}embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${EMBED_HEADERS['Content-Security-Policy']}\n\n${caching}`;
}
