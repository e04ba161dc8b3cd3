import { describe, expect, it } from 'vitest';
import { dateLabelShort, formatDate } from '../../../../src/lib/web/format.ts';

describe('formatDate', () => {
  it('writes dates the Chinese way, and a year alone when only the year is known', () => {
    expect(formatDate('2025-02-13')).toBe('2025年2月13日');
    expect(formatDate('2023')).toBe('2023年');
  });
  it('writes no date as nothing, not as 年', () => {
    expect(formatDate('')).toBe('');
  });
});

describe('dateLabelShort', () => {
  it('drops the note in brackets, keeps a label without one', () => {
    expect(dateLabelShort('会议日期（见报日期原文未印）')).toBe('会议日期');
    expect(dateLabelShort('成文日期')).toBe('成文日期');
  });
});
