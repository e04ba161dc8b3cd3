import { describe, expect, it } from 'vitest';
import { deferModuleScripts } from '../../../../src/lib/web/idle-scripts.ts';

const page = (root: string, body: string) => `<!DOCTYPE html>${root}<head><title>t</title></head><body>${body}</body></html>`;
const script = (src: string) => `<script type="module" src="${src}"></script>`;

describe('deferModuleScripts', () => {
  it('leaves a page without the mark as Astro wrote it', () => {
    const html = page('<html lang="zh-CN">', `<p>a</p>${script('/_astro/a.js')}`);
    expect(deferModuleScripts(html)).toBe(html);
  });

  it('moves every module script of a marked page, in order and once, into the mark', () => {
    const html = page(
      '<html lang="zh-CN" data-idle-scripts>',
      `<header></header>${script('/_astro/a.js')}<p>b</p>${script('/_astro/b.js')}${script('/_astro/a.js')}`,
    );
    expect(deferModuleScripts(html)).toBe(page('<html lang="zh-CN" data-idle-scripts="/_astro/a.js /_astro/b.js">', '<header></header><p>b</p>'));
  });

  it('takes the mark in the form Astro may write it, and leaves other scripts alone', () => {
    const inline = '<script>var x=1</script><script type="application/ld+json">{}</script>';
    const html = page('<html data-idle-scripts="" lang="zh-CN">', `${inline}${script('/x/a.js')}`);
    expect(deferModuleScripts(html)).toBe(page('<html data-idle-scripts="/x/a.js" lang="zh-CN">', inline));
  });

  it('does not read the mark from anywhere but the root element', () => {
    const html = page('<html lang="zh-CN">', `<p data-idle-scripts>x</p>${script('/_astro/a.js')}`);
    expect(deferModuleScripts(html)).toBe(html);
  });

  it('refuses an address it could not list, naming it', () => {
    const html = page('<html data-idle-scripts>', script('/_astro/a b.js'));
    expect(() => deferModuleScripts(html)).toThrow(/\/_astro\/a b\.js/);
  });
});
