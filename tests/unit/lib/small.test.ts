import { describe, expect, it } from 'vitest';
import { dataPackage, toChineseCsv } from '../../../src/lib/open-data.ts';
import { formatDate } from '../../../src/lib/dates.ts';
import { normaliseBase, siteUrl } from '../../../src/lib/urls.ts';

describe('toChineseCsv', () => {
  const fields = [
    { name: 'name', title: '名称', type: 'string' as const, meaning: '名称' },
    { name: 'kind', title: '类型', type: 'string' as const, meaning: '类型', values: { reported: '已报告', target: '目标' } },
    { name: 'stated', title: '写明', type: 'boolean' as const, meaning: '是否写明' },
    { name: 'source.quote', title: '原文', type: 'string' as const, meaning: '原文' },
  ];
  it('writes a BOM, Chinese headings, Chinese enumerations and 是/否, CRLF, and quotes cells that need it', () => {
    const csv = toChineseCsv(
      [
        { name: '甲', kind: 'target', stated: true, sourceQuote: 'x,"y"' },
        { name: 1, kind: 'other', stated: false, sourceQuote: null },
      ],
      fields,
    );
    expect(csv).toBe('\uFEFF名称,类型,写明,原文\r\n甲,目标,是,"x,""y"""\r\n1,other,否,\r\n');
  });
  it('describes CSV by its Chinese headings and values, JSON by its English names, nested fields as one object', () => {
    const dataset = { id: 'x', path: 'data/x', formats: ['json', 'csv'] as ('json' | 'csv')[], title: '测试数据', fields };
    const pkg = dataPackage(
      [
        { path: 'data/x', format: 'csv', dataset },
        { path: 'data/x', format: 'json', dataset },
      ],
      [dataset],
      { name: 'p', title: 'P', homepage: 'https://example.org/data/' },
    );
    const [csv, json] = pkg.resources;
    expect(csv?.path).toBe('x.csv');
    expect(csv?.schema.fields.map((f) => f.name)).toEqual(['名称', '类型', '写明', '原文']);
    expect(csv?.schema.fields[1]).toMatchObject({ constraints: { enum: ['已报告', '目标', ''] } });
    expect(csv?.schema.fields[2]).toMatchObject({ trueValues: ['是'], falseValues: ['否'] });
    expect(json?.schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['name', 'string'],
      ['kind', 'string'],
      ['stated', 'boolean'],
      ['source', 'object'],
    ]);
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
