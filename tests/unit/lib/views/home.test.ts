import { describe, expect, it } from 'vitest';
import type { FiveYearList } from '../../../../src/lib/content/schemas.ts';
import { homeView } from '../../../../src/lib/views/home.ts';
import { cities, pairs } from '../../../helpers/sample-list.ts';
import { statistic } from '../../../helpers/builders.ts';

const list: FiveYearList = { year: 2025, document: 'notice-2025', title: '2025年名单', stated: { schools: 2, pairs: 3 }, rows: [] };
const notice = { title: '通知', shortTitle: '名单通知', docNumber: '晋教〔2025〕1号', issuers: ['省教育厅', '省人社厅'], date: '2025-03-05' };
const lead = { text: '某文件说。', sources: [], own: false };
const input = {
  list,
  pairs,
  cities,
  documents: [
    { id: 'opinion', title: '实施意见', kind: '意见', level: '省级' },
    { id: 'news', title: '某报道', kind: '新闻报道', level: '省级' },
  ],
  notices: new Map([['notice-2025', notice]]),
  lead,
  featured: [
    { statistic: statistic({ value: 1300, unit: '人' }), source: { document: 'opinion', anchor: 'clause-3' }, documentTitle: '实施意见', text: '某个说明。' },
  ],
  statistics: 12,
};

describe('homeView', () => {
  it('counts the newest list once, links each 专业大类 to /majors/ and names the notice and who would publish a newer one', () => {
    const { list: shown } = homeView(input);
    expect(shown).toMatchObject({ year: 2025, schools: 2, colleges: 1, pairs: 3, cities: 1, issuers: '省教育厅、省人社厅' });
    expect(shown!.fields.map((f) => f.name)).toEqual(['医药卫生大类', '装备制造大类'].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare));
    expect(shown!.fields[0]!.href).toMatch(/^\/majors\/#/);
    expect(shown!.source.notice).toMatchObject({ date: '2025年3月5日' });
  });

  it('starts a family at its city’s five-year guide', () => {
    expect(homeView(input).cities).toEqual([
      { name: '太原市', href: '/guide/taiyuan/five-year/' },
      { name: '大同市', href: '/guide/datong/five-year/' },
    ]);
  });

  it('gives each key figure its value as written, its sentence and its clause, and each document its badge', () => {
    const view = homeView(input);
    expect(view.keyFigures).toEqual([
      { value: expect.stringContaining('1300'), text: '某个说明。', href: '/policies/opinion/#clause-3', documentTitle: '实施意见' },
    ]);
    expect(view.documents.map((d) => d.badge)).toEqual(['省级意见', '新闻报道，非官方文件']);
  });

  it('has no list section without a list', () => {
    expect(homeView({ ...input, list: undefined, pairs: [] }).list).toBeNull();
  });
});
