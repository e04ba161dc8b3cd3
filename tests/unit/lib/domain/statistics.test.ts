import { describe, expect, it } from 'vitest';
import { flattenStatistic, openDataStatistics, statisticSource } from '../../../../src/lib/domain/statistics.ts';
import type { Statistic } from '../../../../src/lib/content/schemas.ts';
import { parseDocument } from '../../../../src/content/read.ts';

const stat = (id: string, extra: Partial<Statistic> = {}): Statistic => ({
  id,
  label: '标签',
  value: 1.5,
  unit: '%',
  year: 2023,
  yearStated: true,
  measures: '测量什么',
  kind: 'reported',
  scope: '山西省',
  source: { document: 'doc', quote: '原文' },
  ...extra,
});

describe('openDataStatistics', () => {
  it('sorts by id and fills absent optional fields with empty strings', () => {
    const out = openDataStatistics([stat('b'), stat('a', { bound: 'at-least', period: '2024—2025' })]);
    expect(out.map((s) => s.id)).toEqual(['a', 'b']);
    expect(out[0]).toMatchObject({ bound: 'at-least', period: '2024—2025', note: '' });
    expect(out[1]).toMatchObject({ bound: '', period: '', value: 1.5, source: { document: 'doc', quote: '原文' } });
  });
  it('does not leak series or comparison fields into the public record', () => {
    expect(Object.keys(openDataStatistics([stat('a', { series: 's', compare: 'x' })])[0]!)).not.toContain('series');
  });
});

describe('flattenStatistic', () => {
  it('turns the source into two columns', () => {
    const [flat] = openDataStatistics([stat('a')]).map(flattenStatistic);
    expect(flat).toMatchObject({ sourceDocument: 'doc', sourceQuote: '原文' });
    expect(flat).not.toHaveProperty('source');
  });
});

describe('statisticSource', () => {
  const body = parseDocument('<p id="intro">确定23所中职学校。</p>\n\n## 三、其他\n\n3\\. 同步开展。\n\n<p class="doc-attachment-list">附件：名单</p>');
  it('links a reported figure to the clause its sentence is in', () => {
    expect(statisticSource(stat('a', { source: { document: 'notice', quote: '确定23所中职学校' } }), body)).toEqual({
      document: 'notice',
      anchor: 'intro',
      quote: '确定23所中职学校',
    });
  });
  it('links a figure counted from a list to the list, not to the clause before it', () => {
    const counted = stat('b', { kind: 'counted', source: { document: 'notice', quote: '附件：名单' } });
    expect(statisticSource(counted, body).anchor).toBe('attachment');
  });
  it('gives no clause when the document is not there (the integrity check names it)', () => {
    expect(statisticSource(stat('c', { source: { document: 'gone', quote: '确定23所中职学校' } }), undefined).anchor).toBeNull();
  });
});
