import { describe, expect, it } from 'vitest';
import type { ResolvedChart } from '../../../../src/lib/domain/charts.ts';
import {
  chartEmbedView,
  EMBED,
  EMBED_BANDS,
  EMBED_MAX_TILES,
  embedHeight,
  lineCount,
  mapEmbedView,
  suggestedHeights,
} from '../../../../src/lib/views/embed.ts';
import type { ProgramPair } from '../../../../src/lib/domain/programs.ts';

const datum = (label: string, value: number, extra: object = {}) => ({ label, value, unit: '个', ...extra });
const chart = (kind: ResolvedChart['kind'], data: ReturnType<typeof datum>[], extra: Partial<ResolvedChart> = {}) =>
  ({ id: 'c', section: '', title: '标题', subtitle: '说明', kind, panels: [{ data }], related: [], sources: [], ...extra }) as ResolvedChart;

describe('lineCount', () => {
  it('counts a CJK character as a full em and leaves a character per line for line-breaking rules', () => {
    // 100 px at 10 px: 10 characters, one kept back: 9 per line.
    expect(lineCount('一二三四五六七八九', 100, 10)).toBe(1);
    expect(lineCount('一二三四五六七八九十', 100, 10)).toBe(2);
    expect(lineCount('', 100, 10)).toBe(1);
  });

  it('counts Latin letters and digits narrower than CJK', () => {
    expect(lineCount('1234567890123', 100, 10)).toBe(1);
    expect(lineCount('一二三四五六七八九十一二三', 100, 10)).toBe(2);
  });
});

describe('embedHeight and suggestedHeights', () => {
  const text = { kind: 'text' as const, text: '一'.repeat(60), style: EMBED.body };

  it('adds the padding to the blocks, and a narrow frame wraps into more lines', () => {
    expect(embedHeight([], 400)).toBe(2 * EMBED.pad);
    expect(embedHeight([text], 336)).toBeGreaterThan(embedHeight([text], 720));
  });

  it('suggests for each band the tallest height the band needs, with room to spare, and the tallest of all for any width', () => {
    const heights = suggestedHeights([text]);
    expect(heights.bands.map((b) => [b.from, b.to])).toEqual(EMBED_BANDS.map((b) => [b.from, b.to]));
    for (const band of heights.bands) for (let w = band.from; w <= band.to; w += 7) expect(band.height).toBeGreaterThan(embedHeight([text], w));
    expect(heights.any).toBe(Math.max(...heights.bands.map((b) => b.height)));
  });

  it('lays bar panels out two to a row in a wide frame, so the frame is shorter than one panel under another', () => {
    const panels = { kind: 'panels' as const, items: [{ ratio: 0.5 }, { ratio: 0.5 }] };
    const inner = EMBED.panelsTwoFrom + 2 * EMBED.pad;
    expect(embedHeight([panels], inner)).toBeLessThan(embedHeight([panels], inner - 1));
  });
});

describe('chartEmbedView', () => {
  it('shows the first tiles and says how many more are on the chart page', () => {
    const view = chartEmbedView(
      chart(
        'tiles',
        Array.from({ length: 9 }, (_, i) => datum(`第${i}项`, i)),
      ),
      '来源：文件。',
      '图：站',
    );
    expect(view.tiles).toHaveLength(EMBED_MAX_TILES);
    expect(view.more).toBe(`另有${9 - EMBED_MAX_TILES}项数字，和原文、数据表一起见原页`);
  });

  it('keeps every bar, says a computed one is hatched, and keeps the chart’s note', () => {
    const view = chartEmbedView(chart('bars', [datum('甲', 1), datum('乙', 2, { derived: true })], { note: '目标年份已过' }), '来源：文件。', '图：站');
    expect(view.panels[0]!.geometry.bars).toHaveLength(2);
    expect(view.more).toBeUndefined();
    expect(view.notes[0]).toBe('注：目标年份已过');
    expect(view.notes[1]).toContain('斜线');
  });

  it('says when the documents apply, and leaves room for it', () => {
    const rules = chart('statements', [datum('指标到校比例', 50)]);
    const without = chartEmbedView(rules, '来源：文件。', '图：站');
    const withPeriod = chartEmbedView(rules, '来源：文件。', '图：站', ['《指导意见》适用于2024年、2025年：按本站核对日期，这个时期已经过去。']);
    expect(withPeriod.periods).toContain('这个时期已经过去');
    expect(withPeriod.heights.any).toBeGreaterThan(without.heights.any);
  });
});

describe('mapEmbedView', () => {
  it('lists each city with its schools and pairs, the schools of no known city last and without a link', () => {
    const pair = (school: string, city?: string) => ({ school: { id: school }, city: city ? { id: city } : undefined }) as unknown as ProgramPair;
    const view = mapEmbedView(
      [pair('a', 'ty'), pair('a', 'ty'), pair('b', 'ty'), pair('c')],
      [
        { id: 'ty', name: '太原市' },
        { id: 'dt', name: '大同市' },
      ],
      { width: 100, height: 90 },
      {
        title: '地图',
        note: '说明',
        legend: ['甲'],
        caveat: '示意',
        source: '来源',
        credit: '图',
      },
    );
    expect(view.rows.map((r) => [r.name, r.schools, r.pairs, r.link])).toEqual([
      ['太原市', 2, 3, true],
      ['所在地待核实', 1, 1, false],
    ]);
    // The drawing from 600 px is taller than the two-row table.
    expect(view.heights.bands[2]!.height).toBeGreaterThan(view.heights.bands[0]!.height);
  });
});
