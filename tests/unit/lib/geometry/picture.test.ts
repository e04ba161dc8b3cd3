import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../../src/lib/geometry/map.ts';
import { cardPicture, chartPicture, mapPicture, wrapText } from '../../../../src/lib/geometry/picture.ts';
import { DERIVED_NOTE } from '../../../../src/lib/domain/vocabulary.ts';

describe('wrapText', () => {
  it('breaks Chinese text every `width` characters', () => {
    expect(wrapText('一二三四五六七八', 3)).toEqual(['一二三', '四五六', '七八']);
  });
  it('breaks a line of names after a · or →, keeping the name after it whole, and never starts a line with one', () => {
    expect(wrapText('机电技术应用 → 山西机电职业技术学院 · 机电一体化技术', 23)).toEqual(['机电技术应用 → 山西机电职业技术学院 ·', '机电一体化技术']);
    expect(wrapText('护理 → 长治医学院 · 护理', 10)).toEqual(['护理 → 长治医学院 ·', '护理']);
    // Not when the separator comes too early in the line: a long name is broken rather than left alone.
    expect(wrapText('甲 · 一二三四五六七八九十', 8)).toEqual(['甲 · 一二三四五', '六七八九十']);
  });
  it('keeps a number with its unit and a date whole', () => {
    expect(wrapText('本站核对日期：2026年12月6日。', 12)).toEqual(['本站核对日期：', '2026年12月6日。']);
    expect(wrapText('附件名单共35个专业对', 6)).toEqual(['附件名单共', '35个专业对']);
  });
  it('leaves no character alone on the last line: the line before gives it one', () => {
    expect(wrapText('一二三四五六七', 3)).toEqual(['一二三', '四五', '六七']);
    expect(wrapText('机电技术应用 → 某职业技术学院 · 机电一体化技术', 23).at(-1)).not.toHaveLength(1);
    expect(wrapText('一二三四。', 3)).toEqual(['一二', '三四。']);
    // Not when the line before has too little to give, nor for a number, which stays whole.
    expect(wrapText('一二三', 2)).toEqual(['一二', '三']);
    expect(wrapText('一二三12', 3)).toEqual(['一二三', '12']);
  });
  it('counts a Latin character as about half a Chinese one', () => {
    expect(wrapText('abcdefgh', 2.2)).toEqual(['abcd', 'efgh']);
    expect(wrapText('', 5)).toEqual([]);
  });
  it('keeps a number on one line, and starts no line with a closing mark nor ends one with an opening mark', () => {
    expect(wrapText('一二三10', 4)).toEqual(['一二三', '10']);
    expect(wrapText('一二三，四', 3)).toEqual(['一二', '三，四']);
    expect(wrapText('一二《三》', 3)).toEqual(['一二', '《三》']);
  });
});

describe('cardPicture', () => {
  const site = { name: '山西职教政策', url: 'https://zhijiao.example.org/schools/x/' };
  const svg = cardPicture('太原铁路机械学校<试点>', ['试点专业 3 个', '合作高职 1 所'], site);
  it('is a 1200 × 630 picture with the site, the title and the facts, escaped', () => {
    expect(svg).toMatch(/^<svg[^>]*width="1200"[^>]*height="630"/);
    expect(svg).toContain('太原铁路机械学校&lt;试点&gt;');
    expect(svg).not.toContain('<试点>');
    expect(svg).toContain('试点专业 3 个');
    expect(svg).toContain(site.url);
  });
  it('keeps at most three title lines and five fact lines', () => {
    const long = cardPicture(
      '长'.repeat(200),
      Array.from({ length: 9 }, (_, i) => `事实${i}`),
      site,
    );
    const texts = [...long.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
    expect(texts.filter((t) => t.startsWith('长'))).toHaveLength(3);
    expect(texts.filter((t) => t.startsWith('事实'))).toEqual(['事实0', '事实1', '事实2', '事实3', '事实4']);
  });
});

describe('mapPicture', () => {
  const seat = { lon: 112.54, lat: 37.86 };
  const geometry = layoutMap({
    seats: [{ name: '太原市', ...seat }],
    institutions: [
      ...Array.from({ length: 100 }, (_, i) => ({ id: `s${i}`, name: `中职${i}号`, kind: 'school' as const, ...seat })),
      { id: 'c', name: '某高职学院', kind: 'college' as const, ...seat },
    ],
    links: [{ id: '1', school: 's0', college: 'c', category: '甲类' }],
  });
  const svg = mapPicture(
    geometry,
    new Map([['甲类', { color: '#123456', dash: '' }]]),
    { title: '图', note: '注', source: '源' },
    { name: '站', url: 'https://zhijiao.example.org/map/' },
  );
  it('names the institutions of a column that has room, with a leader line to each', () => {
    expect(svg).toContain('>某高职学院</text>');
    expect(svg.match(/stroke-dasharray="1 2"/g)).toHaveLength(1);
  });
  it('draws the marks of a column too full to name, without their names', () => {
    expect(svg.match(/<circle[^>]* r="5"/g)).toHaveLength(100);
    expect(svg).not.toContain('中职0号');
  });
});

describe('chartPicture', () => {
  const site = { name: '山西职教政策', url: 'https://zhijiao.example.org/data/x/' };
  const bars = (derived: boolean) =>
    chartPicture(
      {
        title: '标题',
        subtitle: '度量',
        kind: 'bars',
        panels: [
          {
            data: [
              { label: '甲', value: 10, unit: '%', derived },
              { label: '乙', value: 20, unit: '%' },
            ] as never,
          },
        ],
      },
      '某文件',
      site,
    );
  it('draws a computed value hatched, as the page does, with the page’s note; a stated one solid, with no note', () => {
    const derived = bars(true);
    expect(derived).toContain('<pattern id="derived-hatch"');
    expect(derived.match(/fill="url\(#derived-hatch\)"/g)).toHaveLength(1);
    expect(derived).not.toContain('stroke-dasharray');
    expect(derived).toContain(DERIVED_NOTE.slice(0, 10));
    const stated = bars(false);
    expect(stated).not.toContain('derived-hatch');
    expect(stated).not.toContain(DERIVED_NOTE.slice(0, 10));
  });
});
