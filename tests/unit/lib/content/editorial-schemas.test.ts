import { describe, expect, it } from 'vitest';
import { chartSchema, questionSchema, searchTermSchema } from '../../../../src/lib/content/editorial-schemas.ts';

/** The messages of a refused value, each with the field it names. */
const problems = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
const chart = { id: 'a-chart', section: '职业教育', title: '一个图表的标题', subtitle: '单位：个', kind: 'bars', computed: 'five-year-by-city' };

describe('editorial schemas', () => {
  it('accept a chart computed from the list, and refuse one with both statistics and a computation, naming panels', () => {
    expect(chartSchema.safeParse(chart).success).toBe(true);
    expect(problems(chartSchema.safeParse({ ...chart, panels: [{ items: [{ stat: 'x' }] }] }))).toEqual(['panels: 图表须有 panels（统计数字）或 computed（由名单计算），二者选一']);
  });

  it('say in Chinese, never in Zod’s English, what an unknown option or a wrong type is', () => {
    const [message] = problems(chartSchema.safeParse({ ...chart, kind: 'pie' }));
    expect(message).toMatch(/^kind: /);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(/Invalid|Expected/);
    expect(problems(questionSchema.safeParse({ id: 'q', topic: 'five-year', question: 3 })).every((p) => /[\u4e00-\u9fff]/.test(p))).toBe(true);
  });

  it('refuse search words that lead nowhere, and a question’s search group written with spaces', () => {
    expect(problems(searchTermSchema.safeParse({ words: ['护士'] }))).toEqual(['majors: 应写 majors 或 pages（这些词要找到哪些页面）']);
    const question = { id: 'q', topic: 'search', question: '分数线是多少', document: 'notice', note: '通知没有写分数线。', ask: ['school'] };
    expect(questionSchema.safeParse({ ...question, search: ['分数线|多少分'] }).success).toBe(true);
    expect(problems(questionSchema.safeParse({ ...question, search: ['分数线 多少分'] }))).toEqual(['search.0: 应为用 | 隔开的词，如 分数线|多少分']);
  });
});
