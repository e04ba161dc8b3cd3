import { describe, expect, it } from 'vitest';
import { knownTerms, pageSearchWords, pinyinWords, termsForPage } from '../../../../src/lib/domain/search-aids.ts';
import { closestTerms, resultView } from '../../../../src/lib/domain/search.ts';
import { isAbbreviationOf } from '../../../../src/lib/content/checks/index.ts';

const places = ['朔州市', '朔城区', '长治市', '长子县', '吕梁市', '太原市'];

describe('pinyinWords', () => {
  it('gives full pinyin and initials of a city, with the city page finding its bare name', () => {
    expect(pinyinWords('朔州市', places)).toEqual(expect.arrayContaining(['shuozhou', 'sz', 'shuozhoushi']));
  });

  it('reads place names as they are read: 长治 changzhi, 长子 zhangzi; ü as v and as u', () => {
    expect(pinyinWords('山西省长治卫生学校', places)).toEqual(expect.arrayContaining(['changzhiweisheng', 'czws']));
    expect(pinyinWords('山西省长治卫生学校', places).some((w) => w.startsWith('zhangzhi'))).toBe(false);
    // The province prefix every institution shares is left out (it made sh… match almost every page).
    expect(pinyinWords('山西省长治卫生学校', places).filter((w) => /^(shanxi|sx)/.test(w))).toEqual([]);
    expect(pinyinWords('长子县', places)).toContain('zhangzi');
    expect(pinyinWords('吕梁市', places)).toEqual(expect.arrayContaining(['lvliang', 'luliang']));
  });

  it("gives what follows a leading place name, and leaves the place alone to the place's page", () => {
    const words = pinyinWords('朔城区神头职业中学校', places);
    expect(words).toEqual(expect.arrayContaining(['shentou', 'shuochengqushentou']));
    expect(words).not.toContain('shuocheng');
    expect(pinyinWords('太原市交通学校', places)).not.toContain('taiyuan');
  });
});

describe('termsForPage', () => {
  const terms = [
    { words: ['护士'], majors: ['护理'] },
    { words: ['3+2'], pages: ['explainers/five-year-programs/'] },
  ];
  it('finds the words of a major by its name and of a page by its path', () => {
    expect(termsForPage(terms, { path: 'majors/720201/', majorName: '护理' })).toEqual(['护士']);
    expect(termsForPage(terms, { path: 'explainers/five-year-programs/' })).toEqual(['3+2']);
    expect(termsForPage(terms, { path: 'schools/x/' })).toEqual([]);
  });
});

describe('pageSearchWords', () => {
  const terms = [
    { words: ['护士'], majors: ['护理'] },
    { words: ['3+2'], pages: ['explainers/five-year-programs/', 'schools/x/'] },
  ];
  it('gives a data page its words, its short names after them, and the pinyin of its names once', () => {
    const words = pageSearchWords({ path: 'schools/x/', names: ['长治卫生学校', '长治卫生学校'], searchNames: ['长治卫校'] }, terms, ['长治市']);
    expect(words.terms).toEqual(['3+2', '长治卫校']);
    expect(words.latin).toContain('changzhiweishengxuexiao');
    expect(new Set(words.latin).size).toBe(words.latin.length);
    expect(pageSearchWords({ path: 'majors/720201/', names: ['护理'], majorName: '护理' }, terms, []).terms).toEqual(['护士']);
  });
  it('gives a document’s or explainer’s page no hidden terms (they would show in its excerpts)', () => {
    expect(pageSearchWords({ path: 'explainers/five-year-programs/' }, terms, [])).toEqual({ terms: [], latin: [] });
  });
});

describe('isAbbreviationOf', () => {
  it('accepts characters of the name in order, not the name itself or other characters', () => {
    expect(isAbbreviationOf('长治卫校', '山西省长治卫生学校')).toBe(true);
    expect(isAbbreviationOf('卫校长治', '山西省长治卫生学校')).toBe(false);
    expect(isAbbreviationOf('长治护校', '山西省长治卫生学校')).toBe(false);
    expect(isAbbreviationOf('河津市职业中学', '河津市职业中学')).toBe(false);
  });
});

describe('resultView', () => {
  it('answers a major with its title, kind and pairs, and no excerpt; a document with an excerpt', () => {
    const major = resultView({
      url: '/majors/720201/',
      meta: { title: '护理（中职）', kind: '中职专业 · 医药卫生大类', pairs: 'a → b · c｜d → e · f' },
      filters: { type: ['专业'] },
    });
    expect(major).toEqual({ title: '护理（中职）', kind: '中职专业 · 医药卫生大类', pairs: ['a → b · c', 'd → e · f'], showExcerpt: false });
    expect(resultView({ url: '/policies/x/', meta: {}, filters: { type: ['政策文件'] } })).toEqual({
      title: '/policies/x/',
      kind: '政策文件',
      pairs: [],
      showExcerpt: true,
    });
  });
});

describe('closestTerms', () => {
  const known = [
    { text: '机电技术应用', latin: ['jidianjishuyingyong'] },
    { text: '护理', latin: ['huli'] },
    { text: '朔州', latin: ['shuozhou'] },
    { text: '计算机平面设计' },
  ];
  it('offers the known words sharing most characters with a Chinese query, best first', () => {
    expect(closestTerms('机电专业', known)).toEqual(['机电技术应用']);
    expect(closestTerms('量子计算机', known)).toEqual(['计算机平面设计']);
  });
  it('offers the word whose pinyin is one letter off a Latin query, and nothing for nonsense', () => {
    expect(closestTerms('shuozou', known)).toEqual(['朔州']);
    expect(closestTerms('xyzxyz', known)).toEqual([]);
    expect(closestTerms('', known)).toEqual([]);
  });
});

describe('seatDistanceKm', () => {
  it('gives the straight-line distance between two seats, rounded to 5 km', async () => {
    const { seatDistanceKm } = await import('../../../../src/lib/geometry/map-input.ts');
    // 太原 (112.55, 37.87) to 大同 (113.30, 40.08): about 254 km as the crow flies.
    expect(seatDistanceKm({ lon: 112.55, lat: 37.87 }, { lon: 113.3, lat: 40.08 })).toBe(255);
    expect(seatDistanceKm({ lon: 112.55, lat: 37.87 }, { lon: 112.55, lat: 37.87 })).toBe(0);
  });
});

describe('knownTerms', () => {
  it('knows each city without 市, each major and institution with its pinyin, then the search words, each once', () => {
    const known = knownTerms(
      { cities: [{ name: '朔州市' }], majors: [{ name: '护理' }, { name: '朔州' }], institutions: [{ name: '长治卫生学校' }] },
      [{ words: ['护士', '护理'] }],
      ['朔州市'],
    );
    expect(known.map((k) => k.text)).toEqual(['朔州', '护理', '长治卫生学校', '护士']);
    expect(known[0]!.latin).toContain('shuozhou');
    expect(known.find((k) => k.text === '护士')).toEqual({ text: '护士' });
    // Initials and other short forms (hl) would match too much as a "did you mean".
    expect(known.flatMap((k) => k.latin ?? []).every((w) => w.length > 3)).toBe(true);
  });
});
