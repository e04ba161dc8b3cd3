import { describe, expect, it } from 'vitest';
import { dataPackage, openDataDocuments, toChineseCsv } from '../../../../src/lib/domain/open-data.ts';

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
    expect(pkg.profile).toBe('data-package');
    expect(csv).toMatchObject({ path: 'x.utf8.csv', profile: 'tabular-data-resource' });
    expect(json).toMatchObject({ path: 'x.json', profile: 'data-resource' });
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

describe('openDataDocuments', () => {
  const policy = (id: string, date: string, to: number | null) => ({
    id,
    data: {
      title: `文件${id}`,
      docNumber: null,
      issuers: ['甲', '乙'],
      kind: '通知',
      date,
      dateLabel: '成文日期',
      period: { text: '某时期', quote: '原话', from: 2024, to },
    },
  });
  it('lists documents by date with their period and the check date, an open end as empty', () => {
    const rows = openDataDocuments([policy('b', '2025-02-13', null), policy('a', '2024-06-03', 2025)], '2026-12-06');
    expect(rows.map((r) => [r.id, r.periodTo, r.issuers, r.docNumber, r.checked])).toEqual([
      ['a', '2025', '甲、乙', '', '2026-12-06'],
      ['b', '', '甲、乙', '', '2026-12-06'],
    ]);
  });
});
