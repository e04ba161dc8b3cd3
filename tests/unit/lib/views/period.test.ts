import { describe, expect, it } from 'vitest';
import { periodSentences, periodStatus } from '../../../../src/lib/views/period.ts';

const at = (from: number, to: number | null, years?: number[]) => ({ text: '某时期', quote: '原文', from, to, ...(years ? { years } : {}) });

describe('periodStatus', () => {
  it('says a period has passed by the check date, not by the build machine’s clock', () => {
    expect(periodStatus(at(2023, 2023), '2026-12-06')).toMatchObject({
      passed: true,
      status: '按本站核对日期，这个时期已经过去；之后的年份按什么执行，要看当年的文件。',
    });
    expect(periodStatus(at(2023, 2023), '2023-06-01')).toMatchObject({ passed: false, status: '按本站核对日期，仍在这个时期内。' });
  });
  it('says target years one by one', () => {
    expect(periodStatus(at(2023, 2035, [2025, 2035]), '2026-12-06').status).toBe('按本站核对日期，2025年已过，2035年还没到。');
  });
  it('says a press report reports, and rules nothing', () => {
    expect(periodStatus(at(2024, 2024), '2026-12-06', true)).toMatchObject({ passed: true, status: '这是对当时情况的报道，不是规定。' });
  });
  it('says when a document names no end', () => {
    expect(periodStatus(at(2025, null), '2026-12-06')).toMatchObject({ passed: false, status: '文件没有写到哪一年为止。' });
  });
});

describe('periodSentences', () => {
  it('says each document’s period and where it stands once, and leaves out a press report', () => {
    const periods = new Map([
      ['pilot', { text: '2024年、2025年', quote: '', passed: true, status: '按本站核对日期，这个时期已经过去。', report: false }],
      ['news', { text: '2024年', quote: '', passed: true, status: '这是对当时情况的报道，不是规定。', report: true }],
    ]);
    expect(periodSentences(['pilot', 'news', 'pilot', 'unknown'], new Map([['pilot', '指导意见']]), periods)).toEqual([
      '《指导意见》适用于2024年、2025年：按本站核对日期，这个时期已经过去。',
    ]);
  });
});
