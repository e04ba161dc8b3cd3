import { describe, expect, it } from 'vitest';
import { listIndexView, listSummary, listYearView } from '../../../../src/lib/views/list.ts';
import type { FiveYearList } from '../../../../src/lib/content/schemas.ts';
import { a, b, c1, cities, mechatronics, nursing, nursingSchool, pairs } from '../../../helpers/sample-list.ts';
import { institution, pair } from '../../../helpers/builders.ts';

describe('listSummary', () => {
  it('counts schools, colleges and cities once each, and finds the pairs that cross 专业大类', () => {
    const s = listSummary(pairs, cities);
    expect([s.pairs, s.schools, s.colleges]).toEqual([3, 2, 1]);
    expect(s.citiesWithSchools.map((c) => c.id)).toEqual(['taiyuan']);
    expect(s.crossing.map((p) => p.id)).toEqual(['p2']);
    expect(s.fields).toEqual(['医药卫生大类', '装备制造大类'].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare));
  });
});

const list = (year: number, rows: number): FiveYearList => ({
  year,
  document: `notice-${year}`,
  title: `${year}年名单`,
  stated: { schools: rows, pairs: rows },
  rows: Array.from({ length: rows }, (_, i) => ({
    no: i + 1,
    school: `s${i}`,
    pairs: [{ schoolProgram: { name: '甲', code: '1' }, college: 'c', collegeProgram: { name: '乙', code: '2' } }],
  })),
});
const notice = { title: '关于公布名单的通知', shortTitle: '名单通知', docNumber: null, issuers: ['省教育厅', '省人社厅'], date: '2025-03-05' };

describe('listIndexView', () => {
  it('counts each list’s schools and pairs, and names its notice as held, or by its id when it is not', () => {
    const [held, missing] = listIndexView([list(2026, 2), list(2025, 1)], new Map([['notice-2026', notice]]));
    expect(held).toMatchObject({ year: 2026, href: '/lists/2026/', schools: 2, pairs: 2 });
    expect(held!.source).toMatchObject({ shortTitle: '名单通知', notice: { docNumber: '原文未印文号', issuers: '省教育厅、省人社厅', date: '2025年3月5日' } });
    expect(missing!.source).toMatchObject({ shortTitle: 'notice-2025', notice: null, attachmentHref: '/policies/notice-2025/#attachment' });
  });
});

describe('listYearView', () => {
  it('says what changed from the list before, in words and links', () => {
    const d = institution('d', null);
    const before = [pairs[0]!, pair('p9', d, c1, nursingSchool, nursing)];
    const after = [pairs[0]!, pair('p2', a, institution('c2', null), nursingSchool, mechatronics), pair('p3', b, c1, nursingSchool, nursing)];
    const view = listYearView({ list: list(2026, 2), pairs: after, previous: { year: 2025, pairs: before }, notice });
    expect(view.previousYear).toBe(2025);
    expect(view.changes!.addedSchools).toEqual([{ name: 'b学校', href: '/schools/b/' }]);
    expect(view.changes!.droppedSchools).toEqual([{ name: 'd学校', href: '/schools/d/' }]);
    expect(view.changes!.addedPairs).toContain('a学校：专业720201 → c2学校 · 专业460301');
    expect(view.changes!.partnerChanged).toEqual([{ name: 'a学校', href: '/schools/a/', before: 'c1学校', after: 'c1学校、c2学校' }]);
    expect(view.source.notice!.issuers).toBe('省教育厅、省人社厅');
  });
  it('has no changes for the first list the site holds, and no plans without a plan column', () => {
    const view = listYearView({ list: list(2025, 1), pairs, previous: null, notice: undefined });
    expect([view.changes, view.previousYear, view.plans]).toEqual([null, null, []]);
  });
});
