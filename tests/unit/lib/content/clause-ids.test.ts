import { describe, expect, it } from 'vitest';
import { markdownToHast } from 'satteri';
import { anchorOfQuote, chineseNumeral, clauseIds, clauseLabel, quoteInClause, treeClauseIds, type DocumentNode } from '../../../../src/lib/content/clause-ids.ts';
import { MARKDOWN_FEATURES, parseDocument } from '../../../../src/content/read.ts';
import { squash } from '../../../../src/lib/content/text.ts';

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
    const tree: DocumentNode = {
      type: 'root',
      children: [el('p', '各市：'), el('h2', '一、总则'), el('p', '1. 第一项。'), el('div', '2. 不是段落'), el('p', '2. 第二项。')],
    };
    expect(treeClauseIds(tree).map((c) => c.id)).toEqual(['part-1', 'part-1-item-1', 'part-1-item-2']);
  });
});

describe('documentOutline (a body parsed as the page is, src/content/read.ts#parseDocument)', () => {
  const body = [
    '<p id="intro">按照……</p>',
    '## 一、总则',
    '1\\. 第一项，说到**转段**考核。',
    '<p class="x">2. 不算：写成 HTML 的段落不编号</p>',
    '2\\. 第二项。',
    '<h3 id="access">普及：</h3>',
    '毛入园率96.02%。',
    '<section id="attachment">',
    '<p><strong>附件名单。</strong>见下表。</p>',
    '| 学校 | 专业 |\n| --- | --- |\n| 甲校 | 护理 |',
    '</section>',
    '<p id="contact"><strong>联系方式：</strong>电话……</p>',
  ].join('\n\n');
  const outline = parseDocument(body);
  it('finds explicit ids and the anchors of numbered Markdown blocks, skipping paragraphs written in HTML', () => {
    expect([...outline.anchors].sort()).toEqual(['access', 'attachment', 'contact', 'intro', 'part-1', 'part-1-item-1', 'part-1-item-2']);
  });
  it('gives the same numbered anchors as the clause plugin finds in the same tree', () => {
    const tree = markdownToHast(body, { position: false, features: MARKDOWN_FEATURES }) as DocumentNode;
    const numbered = treeClauseIds(tree).map((c) => c.id);
    expect([...outline.anchors].filter((a) => a.startsWith('part-'))).toEqual(numbered);
  });
  it('puts each block under the nearest anchor before it, cells of a table included', () => {
    expect(outline.blocks.map((b) => [b.text.slice(0, 4), b.anchor])).toEqual([
      ['按照……', 'intro'],
      ['一、总则', 'part-1'],
      ['1. 第', 'part-1-item-1'],
      ['2. 不', 'part-1-item-1'],
      ['2. 第', 'part-1-item-2'],
      ['普及：', 'access'],
      ['毛入园率', 'access'],
      ['附件名单', 'attachment'],
      ['学校', 'attachment'],
      ['专业', 'attachment'],
      ['甲校', 'attachment'],
      ['护理', 'attachment'],
      ['联系方式', 'contact'],
    ]);
    expect(outline.text).toContain('说到转段考核');
  });
  it('names a section by its heading or its own bold run-in head (a section that only contains one has no title)', () => {
    expect(outline.titles).toEqual(
      new Map([
        ['access', '“普及”部分'],
        ['contact', '“联系方式”部分'],
      ]),
    );
  });
  it('turns quotation marks inside a section title into the inner pair', () => {
    const quoted = parseDocument('<h3 id="two-wings">“两翼”建设取得突破</h3>\n\n某句。');
    expect(quoted.titles.get('two-wings')).toBe('“‘两翼’建设取得突破”部分');
  });
  it('finds the clause a quote is in, or the heading it falls under; null before any anchor or when absent', () => {
    const plain = parseDocument('开头。\n\n## 一、总则\n\n1\\. 第一项，说到转段考核。\n\n<h3 id="access">普及</h3>\n\n毛入园率96.02%。');
    expect(anchorOfQuote(plain, '转段 考核')).toBe('part-1-item-1');
    expect(anchorOfQuote(plain, '毛入园率96.02%')).toBe('access');
    expect(anchorOfQuote(plain, '开头')).toBeNull();
    expect(anchorOfQuote(plain, '不存在')).toBeNull();
  });
  it('knows whether a quote lies within a clause or a unit numbered under it', () => {
    expect(quoteInClause(outline, 'part-1', '说到转段考核')).toBe(true);
    expect(quoteInClause(outline, 'part-1-item-2', '说到转段考核')).toBe(false);
    expect(quoteInClause(outline, 'attachment', '甲校')).toBe(true);
  });
  it('reads the words as the page shows them: no tags, heading markers, escapes or bold marks', () => {
    const body = '## 一、总则\n\n1\\. 因地制宜。\n\n<p class="doc-contact">联系人：张三</p>\n\n<div data-five-year-list="2025"></div>\n\n**加粗**';
    expect(squash(parseDocument(body).text)).toBe('一、总则1.因地制宜。联系人：张三加粗');
    expect(squash(parseDocument('<div class="doc-signature">山西省教育厅 2025年2月13日</div>').text)).toBe('山西省教育厅2025年2月13日');
  });
});
