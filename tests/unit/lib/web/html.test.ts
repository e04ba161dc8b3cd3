import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../src/lib/web/html.ts';

describe('escapeHtml', () => {
  it('escapes what HTML would read as markup, and leaves the rest as it is', () => {
    expect(escapeHtml('a<b & "c">d')).toBe('a&lt;b &amp; &quot;c&quot;&gt;d');
    expect(escapeHtml('《关于……的通知》（2025）')).toBe('《关于……的通知》（2025）');
  });
});
