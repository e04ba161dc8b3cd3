import { describe, expect, it } from 'vitest';
import { dataPackage, toChineseCsv } from '../../../../src/lib/domain/open-data.ts';

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
