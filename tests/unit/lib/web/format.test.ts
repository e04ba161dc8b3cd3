import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../src/lib/web/format.ts';

describe('formatDate', () => {
  it('writes dates the Chinese way, and a year alone when only the year is known', () => {
    expect(formatDate('2025-02-13')).toBe('2025年2月13日');
    expect(formatDate('2023')).toBe('2023年');
  });
  it('writes no date as nothing, not as 年', () => {
    expect(formatDate('')).toBe('');
  });
});
