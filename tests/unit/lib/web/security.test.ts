import { describe, expect, it } from 'vitest';
import { cacheHeaders, cspHeader, cspMeta, BOOT_HASH, headersFile, SECURITY_HEADERS } from '../../../../src/lib/web/security.ts';

describe('security', () => {
  it('has no inline-script allowance and lets Pagefind run', () => {
    expect(cspHeader()).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(cspHeader()).not.toContain('unsafe-inline');
    expect(cspHeader()).toContain("frame-ancestors 'self'");
  });
  it('gives the <meta> tag the policy of the header less frame-ancestors, with the hash of the one inline script', () => {
    expect(cspMeta()).not.toContain('frame-ancestors');
    expect(cspMeta().match(/sha256-/g)).toEqual(['sha256-']);
    expect(cspMeta()).toContain(`'${BOOT_HASH}'`);
    expect(`${cspMeta()}; frame-ancestors 'self'`).toBe(cspHeader());
  });
  it('writes _headers for the base path with long caching for hashed assets', () => {
    const file = headersFile('/zhijiao/');
    expect(file.startsWith('/zhijiao/*\n')).toBe(true);
    expect(file).toContain(`  X-Content-Type-Options: ${SECURITY_HEADERS['X-Content-Type-Options']}`);
    expect(file).toContain('/zhijiao/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/zhijiao/pagefind/*\n  Cache-Control: public, max-age=3600');
  });
  it('names a cache rule by the folder a site path is in, and none for a page', () => {
    expect(cacheHeaders('/_astro/a.1.js')).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
    expect(cacheHeaders('pagefind/x.pf_meta')).toEqual({ 'Cache-Control': 'public, max-age=3600' });
    expect(cacheHeaders('/schools/_astro/')).toEqual({});
    expect(cacheHeaders('/')).toEqual({});
  });
});
