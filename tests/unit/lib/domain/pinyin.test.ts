import { describe, expect, it } from 'vitest';
import { syllables } from '../../../../src/lib/domain/pinyin.ts';

describe('syllables', () => {
  it('reads the place names whose reading differs from the common one as the places say them', () => {
    expect(syllables('长治')).toEqual(['chang', 'zhi']);
    expect(syllables('长子县')).toEqual(['zhang', 'zi', 'xian']);
    expect(syllables('洪洞')).toEqual(['hong', 'tong']);
  });
  it('writes ü as v, as pinyin keyboards take it', () => {
    expect(syllables('吕梁')).toEqual(['lv', 'liang']);
  });
  it('keeps only the syllables of Chinese characters', () => {
    expect(syllables('山西（2025）A校')).toEqual(['shan', 'xi', 'xiao']);
    expect(syllables('')).toEqual([]);
  });
});
