import { describe, expect, it } from 'vitest';
import { institutionSchema, policySchema } from '../../../../src/lib/content/schemas.ts';
import { institution } from '../../../helpers/builders.ts';

/** The messages a schema gives for `value`, by field path. */
function problems(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

describe('institutionSchema', () => {
  const school = institution('taiyuan-tielu-jixie-xuexiao', 'taiyuan', { name: '太原铁路机械学校' });
  it('accepts a located school and one whose location is not established', () => {
    expect(problems(institutionSchema, school)).toEqual([]);
    expect(problems(institutionSchema, { ...school, city: null, cityBasis: 'unknown', confidence: null })).toEqual([]);
  });
  it('refuses a city without its basis, or a basis of unknown with a city', () => {
    expect(problems(institutionSchema, { ...school, city: null })).toEqual([
      'cityBasis: city 为 null 时 cityBasis 必须是 unknown；有 city 时 cityBasis 不能是 unknown',
    ]);
    expect(problems(institutionSchema, { ...school, cityBasis: 'unknown' })).toHaveLength(1);
  });
  it('refuses a county without how it is known', () => {
    expect(problems(institutionSchema, { ...school, county: '小店区' })).toEqual(['countyBasis: county 与 countyBasis 必须同时填写或同时为 null']);
  });
});

describe('policySchema: a newspaper report is marked as one', () => {
  const base = {
    title: '山西省教育厅关于某事的通知',
    shortTitle: '某事通知',
    issuers: ['山西省教育厅'],
    docNumber: null,
    date: '2025-02-13',
    dateLabel: '成文日期',
    kind: '通知',
    level: '省级',
    region: '山西省',
    disclosure: null,
    addressee: null,
    printedBy: null,
    summary: '一份用来检查规则的示例文件摘要。',
    topics: ['五年制贯通培养'],
    relations: [],
    seed: '001_5dcfb45875f7e289.txt',
    period: { text: '2025年起的试点', quote: '2025年起试点', from: 2025, to: null },
  };
  const press = { outlet: '山西日报', byline: '记者', headlineNote: '标题' };
  it('requires press details on a 新闻报道 and refuses them on a document', () => {
    expect(problems(policySchema, base)).toEqual([]);
    expect(problems(policySchema, { ...base, kind: '新闻报道' })).toEqual(['press: 新闻报道必须填写 press（媒体、署名），其他文件不得填写']);
    expect(problems(policySchema, { ...base, press })).toHaveLength(1);
    expect(problems(policySchema, { ...base, kind: '新闻报道', press })).toEqual([]);
  });
  it('requires the quote of a relation the document states', () => {
    const relation = { type: 'cites', basis: 'stated', document: 'opinion-2023', note: '原文第一段引用' };
    expect(problems(policySchema, { ...base, relations: [relation] })).toEqual([
      'relations.0.quote: 原文写明的关系（basis: stated）必须在 quote 中引用写明它的原文',
    ]);
    expect(problems(policySchema, { ...base, relations: [{ ...relation, quote: '根据实施意见' }] })).toEqual([]);
  });
});
