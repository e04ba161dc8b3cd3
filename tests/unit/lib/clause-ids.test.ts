import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { anchorOfQuote, chineseNumeral, clauseIds, clauseLabel, documentAnchors, treeClauseIds } from '../../../src/lib/clause-ids.ts';

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十二', 22],
    ['九十九', 99],
  ])('%s = %d', (text, n) => {
    expect(chineseNumeral(text)).toBe(n);
  });
  it.each(['', '零', '一一', '百'])('rejects %j', (text) => {
    expect(chineseNumeral(text)).toBeNaN();
  });
});

describe('clauseLabel', () => {
  it('recognises parts, clauses (full- and half-width brackets) and items', () => {
    expect(clauseLabel('一、总体要求')).toEqual({ kind: 'part', n: 1, printed: '一、' });
    expect(clauseLabel('（二十二）优化发展环境。')).toEqual({ kind: 'clause', n: 22, printed: '（二十二）' });
    expect(clauseLabel('(三)严肃中等职业学校招生纪律。')).toEqual({ kind: 'clause', n: 3, printed: '(三)' });
    expect(clauseLabel('2. 试点规模。')).toEqual({ kind: 'item', n: 2, printed: '2.' });
  });
  it('ignores paragraphs that only start with brackets or numbers', () => {
    expect(clauseLabel('（此件主动公开）')).toBeNull();
    expect(clauseLabel('（田晓瑛）')).toBeNull();
    expect(clauseLabel('2023年3月14日')).toBeNull();
    expect(clauseLabel('各市教育局：')).toBeNull();
  });
});

const part = (n: number) => ({ kind: 'part' as const, n, printed: '' });
const clause = (n: number) => ({ kind: 'clause' as const, n, printed: '' });
const item = (n: number) => ({ kind: 'item' as const, n, printed: '' });

describe('clauseIds', () => {
  it('numbers clauses once through when the document does (the 2023 opinion)', () => {
    expect(clauseIds([part(1), clause(1), clause(2), part(2), clause(3)])).toEqual(['part-1', 'clause-1', 'clause-2', 'part-2', 'clause-3']);
  });
  it('nests clauses under their part when numbering restarts (the 忻州 notice)', () => {
    expect(clauseIds([part(1), clause(1), clause(2), part(2), clause(1)])).toEqual([
      'part-1',
      'part-1-clause-1',
      'part-1-clause-2',
      'part-2',
      'part-2-clause-1',
    ]);
  });
  it('nests items under the part they follow (the 2024 guideline)', () => {
    expect(clauseIds([part(2), item(1), item(2), part(3), item(1)])).toEqual(['part-2', 'part-2-item-1', 'part-2-item-2', 'part-3', 'part-3-item-1']);
  });
  it('leaves unlabelled nodes and repeated anchors without an id', () => {
    expect(clauseIds([null, part(1), part(1)])).toEqual([null, 'part-1', null]);
  });
});

describe('treeClauseIds', () => {
  it('reads the numbered headings and paragraphs of a hast tree in document order', () => {
    const el = (tagName: string, text: string) => ({ type: 'element' as const, tagName, properties: {}, children: [{ type: 'text' as const, value: text }] });
    const tree: Root = {
      type: 'root',
      children: [el('p', '各市：'), el('h2', '一、总则'), el('p', '1. 第一项。'), el('div', '2. 不是段落'), el('p', '2. 第二项。')],
    };
    expect(treeClauseIds(tree).map((c) => c.id)).toEqual(['part-1', 'part-1-item-1', 'part-1-item-2']);
  });
});

describe('documentAnchors', () => {
  it('finds explicit ids and the anchors of numbered Markdown blocks, skipping JSX blocks', () => {
    const body = '<p id="intro">按照……</p>\n\n## 一、总则\n\n1\\. 第一项。\n\n<p class="x">2. 不算</p>\n\n2\\. 第二项。';
    expect([...documentAnchors(body)].sort()).toEqual(['intro', 'part-1', 'part-1-item-1', 'part-1-item-2']);
  });
});

describe('anchorOfQuote', () => {
  const body = '开头。\n\n## 一、总则\n\n1\\. 第一项，说到转段考核。\n\n<h3 id="access">普及</h3>\n\n毛入园率96.02%。';
  it('finds the clause a quote is in, or the heading it falls under', () => {
    expect(anchorOfQuote(body, '转段 考核')).toBe('part-1-item-1');
    expect(anchorOfQuote(body, '毛入园率96.02%')).toBe('access');
  });
  it('gives null before any anchor or when the quote is not there', () => {
    expect(anchorOfQuote(body, '开头')).toBeNull();
    expect(anchorOfQuote(body, '不存在')).toBeNull();
  });
});
