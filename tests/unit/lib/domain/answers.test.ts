import { describe, expect, it } from 'vitest';
import {
  docNumberKey,
  docNumberParts,
  exactFirst,
  holdsWords,
  nameAnswers,
  queryWords,
  questionAnswers,
  type AnswerIndex,
  type NamedPage,
} from '../../../../src/lib/domain/answers.ts';

const page = (title: string, extra: Partial<NamedPage> = {}): NamedPage => ({
  title,
  kind: '',
  url: `${title}/`,
  type: '学校',
  names: [title],
  order: 3,
  ...extra,
});

const index: AnswerIndex = {
  pages: [
    page('朔州市', { type: '城市', names: ['朔州市', '朔州', 'shuozhoushi', 'shuozhou', 'szs'], about: ['应县'], order: 0, city: ['朔州市'] }),
    page('朔州职业技术学院', {
      type: '高职院校',
      names: ['朔州职业技术学院', 'shuozhou'],
      about: ['朔州市', '朔州', '机电一体化技术', '机电'],
      order: 4,
      city: ['朔州市'],
    }),
    page('神头职业中学校', { names: ['神头职业中学校', '神头职中'], about: ['朔州市', '朔州', '机电技术应用', '机电'], city: ['朔州市'] }),
    page('山西省长治卫生学校', { names: ['山西省长治卫生学校', '长治卫校'], about: ['长治市', '长治', '护理', '护士'], city: ['长治市'] }),
    page('长治市', { type: '城市', names: ['长治市', '长治'], order: 0 }),
    page('护理（中职）', { type: '专业', names: ['护理', '护士', 'huli'], order: 5 }),
    page('护理（高职专科）', { type: '专业', names: ['护理', '护士', 'huli'], order: 6 }),
    page('机电技术应用（中职）', { type: '专业', names: ['机电技术应用', '机电'], order: 5 }),
    page('五年制通知', { type: '政策文件', names: ['五年制通知'], docNumber: docNumberKey('晋教职成〔2025〕1号')!, order: 1 }),
    page('实施意见', { type: '政策文件', names: ['实施意见'], docNumber: docNumberKey('晋办发〔2023〕3号')!, order: 1 }),
  ],
  questions: [
    {
      id: 'fees',
      question: '学费是多少？',
      note: '没有写。',
      document: { title: '通知', url: 'policies/n/', period: '' },
      match: [['学费', '多少钱']],
      ask: ['学校'],
      near: [],
    },
    {
      id: 'pilot-fees',
      question: '综合高中班学费？',
      note: '按学籍。',
      document: { title: '意见', url: 'policies/g/', period: '' },
      match: [['综合高中', '综高'], ['学费']],
      ask: ['学校'],
      near: [],
    },
    {
      id: 'scores',
      question: '分数线？',
      note: '没有写。',
      document: { title: '通知', url: 'policies/n/', period: '' },
      match: [['分数线', '多少分']],
      ask: ['教育局'],
      near: [],
    },
  ],
};
const titles = (q: string, filters = {}) => nameAnswers(index, q, filters).map((p) => p.title);

describe('docNumberParts', () => {
  it.each([
    '晋教职成〔2025〕1号',
    '晋教职成[2025]1号',
    '晋教职成(2025)1号',
    '晋教职成（2025）1号',
    '晋教职成【2025】1号',
    '晋教职成［2025］1号',
    '晋教职成2025年1号',
    '晋教职成2025年第1号',
    '晋教职成2025年1号文件',
    '晋教职成 2025 1号',
    '晋教职成〔2025〕01号文',
  ])('reads %s as 晋教职成, 2025, 1', (text) => {
    expect(docNumberParts(text)).toEqual({ prefix: '晋教职成', year: '2025', number: '1' });
  });

  it('reads a number without its issuer', () => {
    expect(docNumberParts('2025年1号文')).toEqual({ prefix: '', year: '2025', number: '1' });
    expect(docNumberParts('〔2023〕69号')).toEqual({ prefix: '', year: '2023', number: '69' });
  });

  it.each(['3+2', '2025', '20251', '五年制大专是正规大专吗', '朔州', 'shuozhou', '2025年'])('does not take %s for a document number', (text) => {
    expect(docNumberParts(text)).toBeNull();
  });
});

describe('nameAnswers', () => {
  it('finds a document by its number in any form, the issuer optional, never another year or number', () => {
    expect(titles('晋教职成2025年1号文件')).toEqual(['五年制通知']);
    expect(titles('2025年1号文')).toEqual(['五年制通知']);
    expect(titles('晋办发〔2023〕3号')).toEqual(['实施意见']);
    expect(titles('晋办发〔2023〕4号')).toEqual([]);
    expect(titles('晋教职成〔2024〕1号')).toEqual([]);
  });

  it('puts a city before the schools named after it, and the schools in it after', () => {
    expect(titles('朔州')[0]).toBe('朔州市');
    expect(titles('shuozhou')[0]).toBe('朔州市');
    expect(titles('朔州')).toEqual(expect.arrayContaining(['神头职业中学校', '朔州职业技术学院']));
  });

  it('puts a 中职 major before its 高职 namesake for a family word, and the schools offering it after', () => {
    expect(titles('护士')).toEqual(['护理（中职）', '护理（高职专科）', '山西省长治卫生学校']);
    expect(titles('huli')).toEqual(['护理（中职）', '护理（高职专科）']);
  });

  it('puts a school before its city for its short name, and leaves out answers far weaker than the best', () => {
    expect(titles('长治卫校')).toEqual(['山西省长治卫生学校']);
  });

  it('needs every word of the query: a place and a major find the school there with it', () => {
    expect(titles('朔州 机电')[0]).toBe('神头职业中学校');
    expect(titles('朔州 机电')).not.toContain('机电技术应用（中职）');
    expect(titles('长治 机电')).toEqual([]);
  });

  it('answers a question by the names in it', () => {
    expect(titles('长治卫校在哪里')).toEqual(['山西省长治卫生学校']);
    expect(titles('护士专业有哪些学校')[0]).toBe('护理（中职）');
  });

  it('keeps to the filters set', () => {
    expect(titles('朔州', { type: '学校' })).toEqual(['神头职业中学校']);
    expect(titles('护士', { city: '长治市' })).toEqual(['山西省长治卫生学校']);
  });

  it('answers nothing to one Latin letter, an empty query or words it does not know', () => {
    expect(titles('s')).toEqual([]);
    expect(titles('  ')).toEqual([]);
    expect(titles('量子纠缠态')).toEqual([]);
  });
});

describe('questionAnswers', () => {
  it('answers when the query holds a word of every group, the more specific question first', () => {
    expect(questionAnswers(index, '录取分数线是多少').map((q) => q.id)).toEqual(['scores']);
    expect(questionAnswers(index, '综合高中班的学费').map((q) => q.id)).toEqual(['pilot-fees', 'fees']);
    expect(questionAnswers(index, '学费多少钱').map((q) => q.id)).toEqual(['fees']);
    expect(questionAnswers(index, '朔州').map((q) => q.id)).toEqual([]);
  });
});

describe('queryWords', () => {
  it('strips question words and punctuation, and generic words when others remain', () => {
    expect(queryWords('长治卫校在哪里？')).toEqual(['长治卫校']);
    expect(queryWords('护士专业有哪些学校')).toEqual(['护士专业']);
    expect(queryWords('学校')).toEqual(['学校']);
    expect(queryWords('ＳＨＵＯ  zhou')).toEqual(['shuo', 'zhou']);
  });
});

describe('ranking the full-text results', () => {
  it('puts the pages Pagefind’s phrase search found first, the rest in its order', () => {
    const results = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    expect(exactFirst(results, new Set(['c', 'a'])).map((r) => r.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(exactFirst(results, new Set()).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('tells a page holding the words as typed from one holding only their characters', () => {
    expect(holdsWords('试点高职学校可以在联办学校设立专业学院', '联办学校')).toBe(true);
    expect(holdsWords('联合办学的学校', '联办学校')).toBe(false);
    expect(holdsWords('朔州市的机电专业', '朔州 机电')).toBe(true);
    expect(holdsWords('朔州市', '朔州 机电')).toBe(false);
    expect(holdsWords('anything', '  ')).toBe(false);
  });
});
