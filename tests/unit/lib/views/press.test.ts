import { describe, expect, it } from 'vitest';
import type { Fact, OpenDataset } from '../../../../src/lib/content/editorial-schemas.ts';
import { pressPageView } from '../../../../src/lib/views/press.ts';
import { statistic } from '../../../helpers/builders.ts';

const doc = { shortTitle: '实施意见', title: '关于某事的实施意见', issuers: ['省政府办公厅'], docNumber: '晋政办发〔2023〕1号', date: '2023-05-09' };
const field = (name: string, extra = {}) => ({ name, title: `${name}表头`, type: 'string', meaning: `${name}的含义`, ...extra });
const datasets = [
  {
    id: 'programs',
    path: 'data/five-year-programs-{year}',
    formats: ['csv', 'json'],
    title: '某年名单',
    fields: [field('school', { values: { yes: '是', no: '否' } })],
  },
  { id: 'all', path: 'data/five-year-programs', formats: ['json'], title: '全部名单', fieldsFrom: 'programs', fields: [field('year')] },
  { id: 'chart-data', path: 'data/charts/{chart}', formats: ['csv'], title: '图表数据', fields: [field('value')] },
] as unknown as OpenDataset[];
const view = pressPageView({
  site: new URL('https://zhijiao.example.org/'),
  example: { document: 'opinion', anchor: 'clause-6', cite: '（六）' },
  documents: new Map([['opinion', doc]]),
  figures: [
    {
      statistic: statistic({ label: '某数', year: 2023, yearStated: true }),
      source: { document: 'opinion', anchor: 'clause-6', quote: '原则上达到1300人以上' },
      documentTitle: '实施意见',
    },
  ],
  datasets,
  years: [2026, 2025],
  contacts: [{ heading: '联系人', text: '某处 电话', source: { document: 'opinion', anchor: null, quote: '联系人' } } as unknown as Fact],
});

describe('pressPageView', () => {
  it('shows a clause’s fixed address and the citation its 复制引用 gives, the access date left to the reader', () => {
    expect(view.example).toMatchObject({
      shortTitle: '实施意见',
      cite: '（六）',
      href: '/policies/opinion/#clause-6',
      url: 'https://zhijiao.example.org/policies/opinion/#clause-6',
    });
    expect(view.example.citation).toBe(
      '省政府办公厅. 关于某事的实施意见：晋政办发〔2023〕1号，（六）[EB/OL]. （2023-05-09）[引用日期]. https://zhijiao.example.org/policies/opinion/#clause-6.',
    );
  });
  it('lists each dataset’s files (one per year where the path has a year, none for the per-chart files) and its fields', () => {
    const [programs, all, charts] = view.datasets;
    expect(programs!.files.map((f) => f.name)).toEqual([
      'five-year-programs-2026.csv',
      'five-year-programs-2026.json',
      'five-year-programs-2025.csv',
      'five-year-programs-2025.json',
    ]);
    expect(programs!.fields[0]!.values).toBe('是（yes）、否（no）');
    expect(all!.fields.map((f) => f.name)).toEqual(['year', 'school']);
    expect(charts!.perChart).toBe(true);
  });
  it('gives each figure its value as written and its sentence, and each printed contact its document', () => {
    expect(view.figures[0]).toMatchObject({
      label: '某数',
      href: '/policies/opinion/#clause-6',
      quote: '原则上达到1300人以上',
      value: expect.stringContaining('1300'),
    });
    expect(view.contacts).toEqual([{ heading: '联系人', text: '某处 电话', href: '/policies/opinion/', title: '实施意见' }]);
  });
});
