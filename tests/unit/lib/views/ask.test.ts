import { describe, expect, it } from 'vitest';
import { askView } from '../../../../src/lib/views/ask.ts';
import type { Fact, Question } from '../../../../src/lib/content/editorial-schemas.ts';
import { institution } from '../../../helpers/builders.ts';

const q = (id: string, topic: Question['topic'], ask: Question['ask'], document = 'notice'): Question => ({
  id,
  topic,
  question: `问题${id}`,
  document,
  note: '文件没有写这件事。',
  ask,
});
const questions = [q('fees', 'five-year', ['school']), q('where', 'five-year', ['school', 'college']), q('list', 'pilot', ['city-bureau'], 'guideline')];
const titles = new Map([
  ['notice', '名单通知'],
  ['guideline', '指导意见'],
]);
const fact = (id: string, document: string): Fact => ({
  id,
  topic: 'press-contact',
  heading: '联系人',
  text: '联系人：某某。',
  source: { document, anchor: 'part-3', quote: '联系人：某某' },
});
const school = institution('s', 'taiyuan');
const college = institution('c', 'taiyuan');

describe('askView', () => {
  it('lists the path’s questions with the title of the document that leaves each open', () => {
    const view = askView('five-year', { questions, channels: [], titles, school, college });
    expect(view.questions.map((x) => [x.id, x.documentTitle])).toEqual([
      ['fees', '名单通知'],
      ['where', '名单通知'],
    ]);
  });

  it('names the school and the college to ask, with their pages, and says when no channel is checked', () => {
    const view = askView('five-year', { questions, channels: [], titles, school, college });
    expect(view.where.map((w) => [w.key, w.name, w.href])).toEqual([
      ['school', 's学校', 'schools/s/'],
      ['college', 'c学校', 'colleges/c/'],
    ]);
    expect(view.where[0]?.note).toContain('本站还没有收录');
  });

  it('shows a checked channel where there is one', () => {
    const channel = { institution: 's', kind: '官方网站' as const, url: 'https://s.example.cn/', source: '教育部名单', checked: '2026-12-01' };
    const view = askView('five-year', { questions, channels: [channel], titles, school, college });
    expect(view.where[0]?.channels).toEqual([channel]);
    expect(view.where[1]?.channels).toEqual([]);
  });

  it('names the city bureau with the clause that names it, and a printed contact only on its document’s path', () => {
    const bureauFact = fact('bureau', 'guideline');
    const contactFact = fact('contact', 'notice');
    const pilot = askView('pilot', { questions, channels: [], titles, bureauFact, contactFact });
    expect(pilot.where).toEqual([expect.objectContaining({ key: 'city-bureau', name: '所在市的教育局', source: bureauFact.source })]);
    expect(pilot.printedContact).toBeNull();
    expect(askView('five-year', { questions, channels: [], titles, contactFact }).printedContact).toBe(contactFact);
  });
});

describe('askView for a school on a later list', () => {
  it('keeps only the questions of that list’s notice, and still says whom to ask', () => {
    const view = askView('five-year', { questions, channels: [], titles, school, college, document: 'notice-2026' });
    expect(view.questions).toEqual([]);
    expect(view.where.map((w) => w.key)).toEqual(['school', 'college', 'city-bureau']);
    expect(askView('five-year', { questions, channels: [], titles, school, document: 'notice' }).questions.map((q) => q.id)).toEqual(['fees', 'where']);
  });
});
