import { describe, expect, it } from 'vitest';
import { nameAnswers, questionAnswers } from '../../../../src/lib/domain/answers.ts';
import { indexPairs } from '../../../../src/lib/domain/pair-index.ts';
import type { Question, SearchTerm } from '../../../../src/lib/content/editorial-schemas.ts';
import { answerIndex, type AnswerInputs } from '../../../../src/lib/views/answers.ts';
import { city, institution, major, pair } from '../../../helpers/builders.ts';

const cities = [{ ...city('changzhi', '长治市'), counties: [{ name: '长子县', lon: 112.9, lat: 36.1 }] }];
const school = institution('weixiao', 'changzhi', { name: '山西省长治卫生学校', searchNames: ['长治卫校'] });
const college = institution('zhiyuan', 'changzhi', { name: '长治职业技术学院' });
const nursing = { ...major('720201', '医药卫生大类'), name: '护理' };
const nursingHigher = { ...major('520201', '医药卫生大类', '高职专科'), name: '护理' };
const pairs = indexPairs([pair('p1', school, college, nursing, nursingHigher, 2025, cities)]);
const terms: SearchTerm[] = [
  { words: ['护士'], majors: ['护理'] },
  { words: ['3+2'], pages: ['explainers/five-year/'] },
];
const question = (extra: Partial<Question>): Question => ({
  id: 'how-admitted',
  topic: 'five-year',
  question: '怎么报名？按什么录取？',
  document: 'notice',
  note: '通知没有写报名和录取办法。',
  ask: ['school', 'city-bureau'],
  ...extra,
});
const input: AnswerInputs = {
  catalogue: { schools: [school], colleges: [college], majors: [nursing, nursingHigher], cities },
  pairs,
  terms,
  places: ['长治市', '长子县'],
  policies: [
    { id: 'notice', title: '关于公布2025年五年制试点的通知', shortTitle: '2025年五年制通知', docNumber: '晋教职成〔2025〕1号', kind: '通知', level: '省级' },
  ],
  explainers: [{ id: 'five-year', title: '五年制贯通培养是什么？' }],
  questions: [
    question({ search: ['分数线|多少分'], near: ['five-year'] }),
    question({ id: 'where', question: '高职段在哪里上课？', search: ['校区'], source: { document: 'notice', anchor: 'part-2-item-1', quote: '设立专业学院' } }),
    question({ id: 'unsearched' }),
  ],
  clauseName: (_document, anchor) => `（${anchor}）`,
  periods: new Map([['notice', { text: '2025年起的五年制贯通培养试点', status: '文件没有写到哪一年为止。' }]]),
};
const index = answerIndex(input);
const urls = (q: string) => nameAnswers(index, q).map((p) => p.url);

describe('answerIndex', () => {
  it('names every school, college, major, city, document and explainer once, with its page and what it is', () => {
    expect(index.pages.map((p) => p.url).sort()).toEqual(
      ['cities/changzhi/', 'colleges/zhiyuan/', 'explainers/five-year/', 'majors/520201/', 'majors/720201/', 'policies/notice/', 'schools/weixiao/'].sort(),
    );
    const entry = index.pages.find((p) => p.url === 'schools/weixiao/');
    expect(entry?.kind).toBe('中职学校 · 长治市');
    expect(entry?.pairs).toEqual(['护理 → 长治职业技术学院 · 护理']);
    expect(index.pages.find((p) => p.url === 'majors/720201/')?.title).toBe('护理（中职）');
    expect(index.pages.find((p) => p.url === 'policies/notice/')?.kind).toBe('省级通知 · 晋教职成〔2025〕1号');
  });

  it('finds pages by the one vocabulary: short names, colloquial words, pinyin, counties and document numbers', () => {
    expect(urls('长治卫校')).toEqual(['schools/weixiao/']);
    expect(urls('护士').slice(0, 2)).toEqual(['majors/720201/', 'majors/520201/']);
    expect(urls('3+2')).toEqual(['explainers/five-year/']);
    expect(urls('changzhi')[0]).toBe('cities/changzhi/');
    expect(urls('长子')).toEqual(['cities/changzhi/']);
    expect(urls('晋教职成2025年1号文件')).toEqual(['policies/notice/']);
  });

  it('answers the questions that carry search words, with whom to ask, the clause and the nearest pages', () => {
    expect(index.questions.map((q) => q.id)).toEqual(['how-admitted', 'where']);
    const [scores] = questionAnswers(index, '录取分数线是多少');
    expect(scores?.ask).toEqual(['报考的中职学校', '所在市的教育局']);
    expect(scores?.near).toEqual([{ title: '五年制贯通培养是什么？', url: 'explainers/five-year/' }]);
    expect(scores?.source).toBeUndefined();
    // With the period its document applies to: a rule is never shown without it.
    expect(scores?.document).toEqual({
      title: '2025年五年制通知',
      url: 'policies/notice/',
      period: '适用于2025年起的五年制贯通培养试点；文件没有写到哪一年为止。',
    });
    expect(questionAnswers(index, '哪个校区')[0]?.source).toEqual({ url: 'policies/notice/#part-2-item-1', label: '《2025年五年制通知》（part-2-item-1）' });
  });
});
