import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanSpaces, isoDate, NoticeFormatError, noticeMarkdown, parseAttachmentTable, parseListCsv, parseNotice, type ParsedNotice } from '../../../../src/lib/content/notice-import.ts';
import { parseDocument } from '../../../../src/content/read.ts';
import { listTablesIn } from '../../../../src/lib/content/list-table.ts';
import { splitFrontmatter, squash } from '../../../../src/lib/content/text.ts';

const SEED = readFileSync('content/seeds/001_5dcfb45875f7e289.txt', 'utf8');
const numbered = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('parseNotice on the 2025 notice as extracted from its PDF', () => {
  const notice = parseNotice(SEED);

  it('reads the header, the signature and the closing lines', () => {
    expect(notice).toMatchObject({
      docNumber: '晋教职成〔2025〕1号',
      title: '山西省教育厅关于公布2025年五年制职业教育衔接贯通人才培养试点学校和专业名单的通知',
      issuer: '山西省教育厅',
      date: '2025-02-13',
      addressee: '各市教育局，有关高等职业学校、省属中等职业学校',
      attachmentTitle: '2025年五年制职业教育衔接贯通人才培养学校及专业名单',
      disclosure: '此件主动公开',
      printedBy: '山西省教育厅办公室 2025年2月13日印发',
    });
  });

  it('joins wrapped lines into the paragraphs and clauses of the printed text', () => {
    expect(notice.paragraphs[0]).toMatch(/^按照《.*》（晋教职成〔2024〕7号）安排.*确定太原铁路机械学校等23所中职学校2025年起试点.*通知如下：$/);
    expect(notice.paragraphs).toContain('一、深刻认识实施衔接贯通培养模式的重大意义');
    expect(notice.paragraphs.filter((p) => /^\d\. /.test(p))).toHaveLength(8);
    expect(notice.paragraphs.at(-1)).toBe('附件：2025年五年制职业教育衔接贯通人才培养试点学校和专业名单');
  });

  it('reads the flattened attachment: 23 rows, 35 pairs, second pairs on their own line', () => {
    expect(notice.rows).toHaveLength(23);
    expect(notice.rows.reduce((n, r) => n + r.pairs.length, 0)).toBe(35);
    expect(notice.rows[0]).toMatchObject({
      no: 1,
      school: '太原铁路机械学校',
      pairs: [
        { schoolProgram: '电力机车运用与检修', college: '山西铁道职业技术学院', collegeProgram: '铁道机车运用与维护' },
        { schoolProgram: '电气化铁道供电', college: '山西铁道职业技术学院', collegeProgram: '铁道供电技术' },
      ],
    });
    expect(notice.rows[5]).toMatchObject({
      no: 6,
      school: '太原生态工程学校',
      pairs: [{ schoolProgram: '园林技术', college: '山西林业职业技术学院', collegeProgram: '园林技术' }],
    });
  });
});

describe('a malformed table is refused with the line it is on', () => {
  it('names a row number out of sequence', () => {
    const broken = SEED.replace('6 太原生态工程学校 园林技术', '7 太原生态工程学校 园林技术');
    const line = broken.split('\n').findIndex((l) => l.startsWith('7 太原生态工程学校')) + 1;
    expect(() => parseNotice(broken)).toThrow(NoticeFormatError);
    expect(() => parseNotice(broken)).toThrow(`第${line}行：“7 太原生态工程学校 园林技术 山西林业职业技术学院 园林技术”——序号应为 6`);
  });

  it('names a row with cells missing or extra', () => {
    expect(() => parseAttachmentTable(numbered('1 学校甲 专业 高职学校'))).toThrow('第1行');
    expect(() => parseAttachmentTable(numbered('1 学校甲 专业一 高职学校 高职专业\n专业二 高职学校乙 高职专业 多余'))).toThrow(/第2行.*续行应为/);
  });

  it('says what is missing when there is no addressee or date', () => {
    expect(() => parseNotice('晋教职成〔2025〕1 号\n关于某事的通知\n正文。')).toThrow(/主送机关/);
  });
});

describe('cleaning extraction artifacts', () => {
  it('removes spaces inside Chinese text and numbers, keeps them between table cells of Latin text', () => {
    expect(cleanSpaces('等 23所中职学校 2025年起试点')).toBe('等23所中职学校2025年起试点');
    expect(isoDate('2025年 2月 13日')).toBe('2025-02-13');
  });
});

describe('parseListCsv: the attachment exported from a spreadsheet', () => {
  const csv =
    '\uFEFF序号,中职学校,中职专业,高职学校,高职专业\r\n1,太原铁路机械学校,电力机车运用与检修,山西铁道职业技术学院,铁道机车运用与维护\r\n,,电气化铁道供电,,铁道供电技术\r\n2,"华北机电学校",机电技术应用,山西机电职业技术学院,机电一体化技术\r\n';

  it('continues a row from blank cells, as merged cells export', () => {
    expect(parseListCsv(csv)).toEqual([
      {
        no: 1,
        school: '太原铁路机械学校',
        line: 2,
        pairs: [
          { schoolProgram: '电力机车运用与检修', college: '山西铁道职业技术学院', collegeProgram: '铁道机车运用与维护' },
          { schoolProgram: '电气化铁道供电', college: '山西铁道职业技术学院', collegeProgram: '铁道供电技术' },
        ],
      },
      { no: 2, school: '华北机电学校', line: 4, pairs: [{ schoolProgram: '机电技术应用', college: '山西机电职业技术学院', collegeProgram: '机电一体化技术' }] },
    ]);
  });

  it('names the line of a malformed row and a wrong header', () => {
    expect(() => parseListCsv(csv.replace(',,电气化铁道供电,,铁道供电技术', ',,电气化铁道供电,,'))).toThrow(/^第3行：.*不能为空/);
    expect(() => parseListCsv(csv.replace('2,"华北机电学校"', '3,"华北机电学校"'))).toThrow(/^第4行：.*序号应为 2/);
    expect(() => parseListCsv('学校,专业\n1,甲')).toThrow(/第1行.*表头/);
  });
});

describe('noticeMarkdown', () => {
  const notice: ParsedNotice = {
    docNumber: '晋教职成〔2026〕1号',
    title: '关于公布2026年名单的通知',
    issuer: '山西省教育厅',
    date: '2026-02-10',
    addressee: '各市教育局',
    paragraphs: [
      '为做好<五年制>工作（a<b 时除外），现将有关事项通知如下。',
      '一、工作要求',
      '1. 各校*认真*落实 [见附件] 要求 a_b & c。',
      '联系人：张三，邮箱：zhang.san@example.org。',
    ],
    attachmentTitle: '2026年名单',
    extraHeadings: [],
    rows: [{ no: 1, school: '甲校', line: 1, pairs: [{ schoolProgram: '护理', college: '乙院', collegeProgram: '护理' }] }],
    disclosure: '此件主动公开',
    distribution: null,
    printedBy: null,
  };
  const file = noticeMarkdown(notice, { year: 2026, seed: '010_x.txt', schools: 1, pairs: 1 });
  const body = splitFrontmatter(file)?.body ?? '';
  const outline = parseDocument(body);

  it('keeps every word of the notice as printed, whatever Markdown or HTML would make of it', () => {
    for (const words of notice.paragraphs) expect(squash(outline.text)).toContain(squash(words));
    expect(squash(outline.text)).toContain('山西省教育厅');
  });

  it('numbers the parts and items as the page will, links the e-mail address and leaves a place for the list table', () => {
    expect([...outline.anchors]).toEqual(expect.arrayContaining(['intro', 'part-1', 'part-1-item-1', 'attachment']));
    expect(body).toContain('<a href="mailto:zhang.san@example.org">zhang.san@example.org</a>');
    expect(listTablesIn(body)).toEqual([2026]);
  });
});
