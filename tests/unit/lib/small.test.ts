import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/csv.ts';
import { formatDate } from '../../../src/lib/dates.ts';
import { normaliseBase, siteUrl } from '../../../src/lib/urls.ts';

describe('toCsv', () => {
  it('starts with a BOM, uses CRLF and quotes fields that need it', () => {
    const csv = toCsv([{ a: '甲', b: 'x,"y"' }, { a: 1, b: null }], ['a', 'b']);
    expect(csv).toBe('\uFEFFa,b\r\n甲,"x,""y"""\r\n1,\r\n');
  });
});

describe('formatDate', () => {
  it('writes dates the Chinese way, and a year alone when only the year is known', () => {
    expect(formatDate('2025-02-13')).toBe('2025年2月13日');
    expect(formatDate('2023')).toBe('2023年');
  });
});

describe('siteUrl', () => {
  it('joins paths to the base, at the root and under a sub-path', () => {
    expect(siteUrl('policies/opinion-2023/', '/')).toBe('/policies/opinion-2023/');
    expect(siteUrl('/policies/opinion-2023/#clause-6', '/zhijiao')).toBe('/zhijiao/policies/opinion-2023/#clause-6');
    expect(siteUrl('', '/zhijiao/')).toBe('/zhijiao/');
  });
  it('normalises the base to leading and trailing slashes', () => {
    expect(normaliseBase('zhijiao')).toBe('/zhijiao/');
    expect(normaliseBase('//')).toBe('/');
  });
});
