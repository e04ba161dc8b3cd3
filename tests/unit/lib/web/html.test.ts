import { describe, expect, it } from 'vitest';
import { escapeHtml, scriptJson, unescapeHtml } from '../../../../src/lib/web/html.ts';

describe('unescapeHtml', () => {
  it('gives back what escapeHtml wrote, and leaves any other reference as written', () => {
    for (const text of ['a<b & "c">d', '《关于……的通知》', '&amp;'] as const) expect(unescapeHtml(escapeHtml(text))).toBe(text);
    expect(unescapeHtml('It&apos;s &#39;x&#39; &nbsp;')).toBe("It's &#39;x&#39; &nbsp;");
  });
});

describe('escapeHtml', () => {
  it('escapes what HTML would read as markup, and leaves the rest as it is', () => {
    expect(escapeHtml('a<b & "c">d')).toBe('a&lt;b &amp; &quot;c&quot;&gt;d');
    expect(escapeHtml('《关于……的通知》（2025）')).toBe('《关于……的通知》（2025）');
  });
});

describe('scriptJson', () => {
  it('writes JSON that no </script> in a value can end early, and that reads back the same', () => {
    const value = { name: '</script><b>校', n: 3 };
    expect(scriptJson(value)).not.toContain('<');
    expect(JSON.parse(scriptJson(value))).toEqual(value);
  });
});
