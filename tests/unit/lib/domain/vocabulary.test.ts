import { describe, expect, it } from 'vitest';
import { isPressReport, kindBadge, textCategory } from '../../../../src/lib/domain/vocabulary.ts';

describe('shared words', () => {
  it('never presents a newspaper report as a document', () => {
    expect(isPressReport({ kind: '新闻报道' })).toBe(true);
    expect(kindBadge({ kind: '新闻报道', level: '省级' })).toBe('新闻报道，非官方文件');
    expect(textCategory({ kind: '新闻报道' })).toBe('新闻报道');
  });
  it('names a document by its level and kind', () => {
    expect(isPressReport({ kind: '通知' })).toBe(false);
    expect(kindBadge({ kind: '实施意见', level: '省级' })).toBe('省级实施意见');
    expect(textCategory({ kind: '通知' })).toBe('政策文件');
  });
});
