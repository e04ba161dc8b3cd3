/**
 * The Content-Security-Policy of the site, one place for the <meta> tag Astro writes, the
 * `_headers` file for static hosts and the nginx configuration. No inline scripts; Pagefind needs
 * 'wasm-unsafe-eval' for its WebAssembly and a same-origin worker.
 */
export const CSP_DIRECTIVES: (`${'default' | 'img' | 'font' | 'connect' | 'worker' | 'object'}-src ${string}` | `${'base-uri' | 'form-action'} ${string}`)[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy as an HTTP header (adds what a <meta> tag cannot carry: frame-ancestors). */
export function cspHeader(): string {
  return [...CSP_DIRECTIVES, "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "frame-ancestors 'self'"].join('; ');
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

/** `_headers` (Netlify, Cloudflare Pages and compatible hosts) for a site served under `base`. */
export function headersFile(base: string): string {
  const lines = (headers: Record<string, string>) => Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n');
  return `${base}*\n${lines(SECURITY_HEADERS)}\n\n${base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n\n${base}pagefind/*\n  Cache-Control: public, max-age=3600\n`;
}
