/**
 * Reads the text of a notice as extracted from its published PDF (the form of content/seeds/001):
 * the 文号, the title, the addressee, the body, the signature, and the attachment table flattened
 * into lines. Pure: no file access. What it cannot read it reports with the line it is on.
 */

import { escapeHtml } from '../web/html.ts';
import { listTableMarker } from './list-table.ts';
import { csvRows } from '../web/csv.ts';

/** One program pair as printed in an attachment row. */
export interface PrintedPair {
  schoolProgram: string;
  college: string;
  collegeProgram: string;
  /** The further columns' cells, as printed, in the order of the table's further headings. */
  extra?: string[];
}

/** One numbered row of the attachment: a school and its pairs. */
export interface PrintedRow {
  no: number;
  school: string;
  pairs: PrintedPair[];
  /** Line of the raw text the row starts on (1-based), for messages. */
  line: number;
}

/** A notice read from its raw text. */
export interface ParsedNotice {
  docNumber: string | null;
  title: string;
  issuer: string;
  /** YYYY-MM-DD from the signature. */
  date: string;
  addressee: string | null;
  /** Body paragraphs, in order, white space cleaned (clause numbers kept as printed). */
  paragraphs: string[];
  /** The attachment's title as printed above the table, when there is one. */
  attachmentTitle: string | null;
  /** Headings the table prints after 高职专业 (招生计划, 备注 …), in order. */
  extraHeadings: string[];
  rows: PrintedRow[];
  disclosure: string | null;
  distribution: string | null;
  printedBy: string | null;
}

/** A line of the raw text that could not be read, and what was expected there. */
export class NoticeFormatError extends Error {
  override name = 'NoticeFormatError';
  readonly line: number;
  readonly text: string;
  readonly expected: string;
  constructor(line: number, text: string, expected: string) {
    super(`第${line}行：“${text}”——${expected}`);
    this.line = line;
    this.text = text;
    this.expected = expected;
  }
}

const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”‘’《》〔〕';

/** Removes the spaces PDF extraction puts inside Chinese text and numbers (“2025 年 2月 13日”). */
export function cleanSpaces(text: string): string {
  return text
    .trim()
    .replace(new RegExp(`(?<=[${CJK}\\d])\\s+(?=[${CJK}\\d])`, 'g'), '')
    .replace(/\s+/g, ' ');
}

/** Whether a line opens a numbered unit: 一、 （一） 1. 1． */
function opensClause(text: string): boolean {
  return /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．]\s*\S)/.test(text);
}

/** A date printed as 2025年2月13日 → 2025-02-13. */
export function isoDate(printed: string): string | null {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(cleanSpaces(printed));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

const HEADINGS = ['序号', '中职学校', '中职专业', '高职学校', '高职专业'];

/**
 * The further headings of a table's header row (招生计划 …; none for the five printed columns), or
 * null when the line is not the header. The header repeats at page breaks.
 */
export function tableHeader(text: string): string[] | null {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.join('') === HEADINGS.join('')) return [];
  return HEADINGS.every((h, i) => tokens[i] === h) && tokens.length > HEADINGS.length && tokens.slice(5).every((t) => /^[\u4e00-\u9fff（）()]+$/.test(t))
    ? tokens.slice(5)
    : null;
}
const isTableHeader = (text: string) => tableHeader(text) !== null;

/**
 * Reads the attachment table. Rows print in three ways: a row on one line (序号 学校 专业 高职学校
 * 高职专业); a school with several pairs as 序号 学校, then its first program, college and college
 * program on lines of their own; further pairs of that school as “专业 高职专业” (same college) or
 * “专业 高职学校 高职专业”. `extra` further columns (招生计划 …) follow each pair's cells. The header
 * line repeats at page breaks.
 */
export function parseAttachmentTable(lines: { text: string; line: number }[], extra = 0): PrintedRow[] {
  const rows: PrintedRow[] = [];
  const more = extra > 0 ? `，其后是${extra}个附加列` : '';
  const split = (cells: string[]) => ({ cells: cells.slice(0, cells.length - extra), extra: cells.slice(cells.length - extra) });
  const withExtra = (pair: Omit<PrintedPair, 'extra'>, cells: string[]): PrintedPair => (extra > 0 ? { ...pair, extra: cells } : pair);
  let pendingSchool: { no: number; school: string; line: number; cells: string[] } | null = null;
  for (const { text, line } of lines) {
    const tokens = text.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0 || isTableHeader(text)) continue;
    if (pendingSchool) {
      pendingSchool.cells.push(...tokens);
      if (pendingSchool.cells.length >= 3 + extra) {
        const { cells, extra: extraCells } = split(pendingSchool.cells);
        const [schoolProgram, college, collegeProgram, ...rest] = cells as [string, string, string, ...string[]];
        if (rest.length) throw new NoticeFormatError(line, text, `多出的单元格：学校名下应依次是中职专业、高职学校、高职专业${more}`);
        rows.push({ no: pendingSchool.no, school: pendingSchool.school, line: pendingSchool.line, pairs: [withExtra({ schoolProgram, college, collegeProgram }, extraCells)] });
        pendingSchool = null;
      }
      continue;
    }
    const first = tokens[0] ?? '';
    if (/^\d+$/.test(first)) {
      const no = Number(first);
      const expectedNo = (rows.at(-1)?.no ?? 0) + 1;
      if (no !== expectedNo) throw new NoticeFormatError(line, text, `序号应为 ${expectedNo}`);
      if (tokens.length === 5 + extra) {
        const { extra: extraCells } = split(tokens);
        rows.push({ no, school: tokens[1]!, line, pairs: [withExtra({ schoolProgram: tokens[2]!, college: tokens[3]!, collegeProgram: tokens[4]! }, extraCells)] });
      } else if (tokens.length === 2) pendingSchool = { no, school: tokens[1]!, line, cells: [] };
      else if (tokens.length > 2 && tokens.length < 5 + extra) pendingSchool = { no, school: tokens[1]!, line, cells: tokens.slice(2) };
      else throw new NoticeFormatError(line, text, `应为“序号 中职学校 中职专业 高职学校 高职专业”${more}，或“序号 中职学校”后分行列出专业和高职学校`);
      continue;
    }
    const current = rows.at(-1);
    if (!current) throw new NoticeFormatError(line, text, '表格应从序号 1 开始');
    const { cells, extra: extraCells } = split(tokens);
    if (cells.length === 2) current.pairs.push(withExtra({ schoolProgram: cells[0]!, college: current.pairs.at(-1)!.college, collegeProgram: cells[1]! }, extraCells));
    else if (cells.length === 3) current.pairs.push(withExtra({ schoolProgram: cells[0]!, college: cells[1]!, collegeProgram: cells[2]! }, extraCells));
    else throw new NoticeFormatError(line, text, `续行应为“中职专业 高职专业”（同一所高职学校）或“中职专业 高职学校 高职专业”${more}`);
  }
  if (pendingSchool) throw new NoticeFormatError(pendingSchool.line, pendingSchool.school, '这一行的专业和高职学校不完整');
  return rows;
}

/** Joins the wrapped lines of the body into paragraphs: a numbered unit or a short line that ends a sentence closes one. */
export function paragraphsOf(lines: string[]): string[] {
  const cleaned = lines.map(cleanSpaces).filter(Boolean);
  const widths = cleaned.map((l) => l.length).sort((a, b) => a - b);
  const full = widths[Math.floor(widths.length * 0.75)] ?? 30;
  const paragraphs: string[] = [];
  let current = '';
  let lastLine = '';
  for (const line of cleaned) {
    const ends = /[。：；！？]$/.test(lastLine) && lastLine.length < full - 1;
    const heading = /^[一二三四五六七八九十]+、/.test(lastLine) && !/[。：；]/.test(lastLine);
    if (current && (opensClause(line) || /^(联系人|附件：)/.test(line) || ends || heading)) {
      paragraphs.push(current);
      current = '';
    }
    current += line;
    lastLine = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** Reads a notice's raw text. Throws NoticeFormatError naming the line where it cannot. */
export function parseNotice(raw: string): ParsedNotice {
  const all = raw.split(/\r?\n/).map((text, i) => ({ text: text.replace(/\s+$/, ''), line: i + 1 }));
  const lines = all.filter((l) => l.text.trim() !== '' && !/^\s*[—－-]\s*\d+\s*[—－-]\s*$/.test(l.text));
  const find = (re: RegExp, from = 0) => lines.findIndex((l, i) => i >= from && re.test(cleanSpaces(l.text)));

  const docAt = find(/^[\u4e00-\u9fff]+〔\d{4}〕\d+号$/);
  // A 文号 typed with full-width digits or other brackets (晋教职成（２０２５）１号) is not guessed into shape.
  const oddDocAt = find(/^[\u4e00-\u9fff]+[〔［[（(【]\s*[\d０-９]{4}\s*[〕］\])）)】]\s*[\d０-９]+\s*号$/);
  if (docAt < 0 && oddDocAt >= 0)
    throw new NoticeFormatError(
      lines[oddDocAt]!.line,
      lines[oddDocAt]!.text,
      '这一行像是文号，但数字不是半角或括号不是六角括号：请照 PDF 改写为“晋教职成〔2025〕1号”的形式（半角数字、〔〕）后再导入',
    );
  const docNumber = docAt >= 0 ? cleanSpaces(lines[docAt]!.text) : null;
  const addresseeAt = find(/：$/, docAt + 1);
  if (addresseeAt < 0) throw new NoticeFormatError(lines[0]?.line ?? 1, lines[0]?.text ?? '', '找不到主送机关（以“：”结尾的一行，如“各市教育局，……：”）');
  const titleLines = lines.slice(docAt + 1, addresseeAt).map((l) => cleanSpaces(l.text));
  const title = titleLines.join('');
  if (!/通知$|意见$|办法$|方案$/.test(title))
    throw new NoticeFormatError(lines[docAt + 1]?.line ?? 1, title, '标题应在文号之后、主送机关之前，以“通知”“意见”等结尾');
  const addressee = cleanSpaces(lines[addresseeAt]!.text).replace(/：$/, '');

  const attachmentListAt = find(/^附件：/, addresseeAt + 1);
  const dateAt = find(/^\d{4}年\d{1,2}月\d{1,2}日$/, addresseeAt + 1);
  if (dateAt < 0) throw new NoticeFormatError(lines.at(-1)?.line ?? 1, '', '找不到落款日期（如“2025年2月13日”单独一行）');
  const bodyEnd = attachmentListAt >= 0 && attachmentListAt < dateAt ? attachmentListAt : dateAt - 1;
  const paragraphs = paragraphsOf(lines.slice(addresseeAt + 1, bodyEnd).map((l) => l.text));
  const issuer = cleanSpaces(lines[dateAt - 1]!.text);
  const attachmentList =
    attachmentListAt >= 0 && attachmentListAt < dateAt
      ? lines
          .slice(attachmentListAt, dateAt - 1)
          .map((l) => cleanSpaces(l.text))
          .join('')
      : null;
  if (attachmentList) paragraphs.push(attachmentList);

  const tail = lines.slice(dateAt + 1);
  const disclosureAt = tail.findIndex((l) => /^（此件.*公开）$/.test(cleanSpaces(l.text)));
  const headerAt = tail.findIndex((l) => isTableHeader(l.text));
  let rows: PrintedRow[] = [];
  let attachmentTitle: string | null = null;
  const extraHeadings = headerAt >= 0 ? (tableHeader(tail[headerAt]!.text) ?? []) : [];
  if (headerAt >= 0) {
    attachmentTitle = cleanSpaces(tail[headerAt - 1]?.text ?? '') || null;
    const end = disclosureAt > headerAt ? disclosureAt : tail.findIndex((l, i) => i > headerAt && /^(厅内发送|抄送|.*印发$)/.test(cleanSpaces(l.text)));
    rows = parseAttachmentTable(tail.slice(headerAt + 1, end > 0 ? end : undefined), extraHeadings.length);
  }
  const after = (re: RegExp) => tail.map((l) => cleanSpaces(l.text)).find((t) => re.test(t)) ?? null;
  const date = isoDate(lines[dateAt]!.text)!;
  return {
    docNumber,
    title,
    issuer,
    date,
    addressee,
    paragraphs,
    attachmentTitle,
    extraHeadings,
    rows,
    disclosure: disclosureAt >= 0 ? cleanSpaces(tail[disclosureAt]!.text).replace(/^（|）$/g, '') : null,
    distribution: after(/^(厅内发送|抄送)：/),
    printedBy: ((t) => (t ? t.replace(/(\S)(\d{4}年)/, '$1 $2') : null))(after(/印发$/)),
  };
}

/** Escapes what Markdown would read as syntax at the start of a paragraph or within it (the text is kept word for word). */
function markdownText(text: string): string {
  return escapeHtml(text)
    .replace(/[\\`*_[\]]/g, (c) => `\\${c}`)
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^([#+=-])/, '\\$1');
}

/** The policy document file (frontmatter and Markdown body) for a parsed notice that carries a list. */
export function noticeMarkdown(n: ParsedNotice, meta: { year: number; seed: string; schools: number; pairs: number }): string {
  const yaml = (s: string | null) => (s === null ? 'null' : JSON.stringify(s));
  const [intro, ...rest] = n.paragraphs;
  const body: string[] = [];
  if (n.docNumber) body.push(`<p class="doc-number">${escapeHtml(n.docNumber)}</p>`);
  if (n.addressee) body.push(`${markdownText(n.addressee)}：`);
  if (intro) body.push(`<p id="intro">${escapeHtml(intro)}</p>`);
  for (const p of rest) {
    if (/^[一二三四五六七八九十]+、/.test(p) && !/[。；]/.test(p)) body.push(`## ${markdownText(p)}`);
    else if (/^联系人/.test(p)) body.push(`<p class="doc-contact">${escapeHtml(p).replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (e) => `<a href="mailto:${e}">${e}</a>`)}</p>`);
    else if (/^附件：/.test(p)) body.push(`<p class="doc-attachment-list">${escapeHtml(p)}</p>`);
    else body.push(markdownText(p));
  }
  const [y, m, d] = n.date.split('-').map(Number);
  body.push(`<div class="doc-signature">\n<p>${escapeHtml(n.issuer)}</p>\n<p>${y}年${m}月${d}日</p>\n</div>`);
  if (n.rows.length)
    body.push(
      `<section class="doc-attachment" id="attachment" aria-labelledby="attachment-title">\n<p class="doc-attachment-label">附件</p>\n<h2 id="attachment-title">${escapeHtml(n.attachmentTitle ?? '')}</h2>\n${listTableMarker(meta.year)}\n</section>`,
    );
  if (n.disclosure) body.push(`<p class="doc-disclosure">（${escapeHtml(n.disclosure)}）</p>`);
  if (n.distribution) body.push(`<p class="doc-distribution">${escapeHtml(n.distribution)}</p>`);
  if (n.printedBy) body.push(`<p class="doc-printed">${escapeHtml(n.printedBy.replace(' ', '　'))}</p>`);
  const summary = `公布${meta.year}年五年制职业教育衔接贯通人才培养试点学校和专业名单：${meta.schools}所中职学校、${meta.pairs}个专业对。`;
  // The period in the notice's own words (“2026年起试点举办…”), as the build checks it; where the
  // words are not found, a placeholder the build refuses, so a person writes it from the text.
  const start = /(\d{4})年起试点举办初中后五年制高等职业教育/.exec(intro ?? '');
  const period = start
    ? `period:\n  text: ${yaml(`${start[1]}年起的五年制贯通培养试点`)}\n  quote: ${yaml(start[0])}\n  from: ${start[1]}\n  to: null`
    : `period:\n  text: "（请按通知原文填写适用时期）"\n  quote: "（请从通知原文摘录）"\n  from: ${meta.year}\n  to: null`;
  return `---
# Written by \`npm run import-notice\` from content/seeds/${meta.seed}. Check every field against the
# published notice before publishing (see the checklist the command prints); then edit freely: a
# second import never overwrites this file.
title: ${yaml(n.title)}
shortTitle: ${yaml(`${meta.year}年五年制贯通培养试点名单通知`)}
issuers: [${yaml(n.issuer)}]
docNumber: ${yaml(n.docNumber)}
date: "${n.date}"
dateLabel: 成文日期
kind: 通知
level: 省级
region: 山西省
disclosure: ${yaml(n.disclosure)}
addressee: ${yaml(n.addressee)}
printedBy: ${yaml(n.printedBy)}
summary: ${yaml(summary)}
topics: [五年制贯通培养, 中高职衔接]
relations: []
${period}
seed: ${meta.seed}
---

${body.join('\n\n')}
`;
}

/**
 * Reads the attachment exported as CSV, columns as printed (序号, 中职学校, 中职专业, 高职学校,
 * 高职专业, then any further columns such as 招生计划). Blank cells continue the row above, as
 * merged cells export. Messages name the line.
 */
export function parseListCsv(text: string): PrintedRow[] {
  return parseListCsvTable(text).rows;
}

/** parseListCsv, with the headings of the further columns. */
export function parseListCsvTable(text: string): { rows: PrintedRow[]; extraHeadings: string[] } {
  const rows = csvRows(text)
    .map((cells, i) => ({ cells: cells.map((c) => cleanSpaces(c)), line: i + 1 }))
    .filter((r) => r.cells.some(Boolean));
  const header = rows.shift();
  if (!header || HEADINGS.some((c, i) => header.cells[i] !== c))
    throw new NoticeFormatError(header?.line ?? 1, header?.cells.join(',') ?? '', `第一行应为表头：${HEADINGS.join(',')}（其后可有招生计划等附加列）`);
  const extraHeadings = header.cells.slice(HEADINGS.length).filter(Boolean);
  if (rows.length === 0) throw new NoticeFormatError(header.line, header.cells.join(','), '表格只有表头，没有一行名单：空表不会替换已有的名单');
  const out: PrintedRow[] = [];
  for (const { cells, line } of rows) {
    const [no, school, schoolProgram, college, collegeProgram] = cells;
    const current = out.at(-1);
    if (no) {
      if (!/^\d+$/.test(no) || Number(no) !== (current?.no ?? 0) + 1) throw new NoticeFormatError(line, cells.join(','), `序号应为 ${(current?.no ?? 0) + 1}`);
      if (!school) throw new NoticeFormatError(line, cells.join(','), '新的一行（有序号）应写明中职学校');
    }
    const row = no ? { no: Number(no), school: school!, line, pairs: [] } : current;
    if (!row) throw new NoticeFormatError(line, cells.join(','), '第一行数据应有序号 1');
    if (!no && school && school !== row.school) throw new NoticeFormatError(line, cells.join(','), '没有序号的续行，学校应为空或与上一行相同');
    const previous = row.pairs.at(-1);
    const pair: PrintedPair = { schoolProgram: schoolProgram ?? '', college: college || previous?.college || '', collegeProgram: collegeProgram ?? '' };
    if (extraHeadings.length) pair.extra = extraHeadings.map((_, i) => cells[HEADINGS.length + i] ?? '');
    if (!pair.schoolProgram || !pair.college || !pair.collegeProgram)
      throw new NoticeFormatError(line, cells.join(','), '中职专业、高职学校、高职专业不能为空（高职学校为空时沿用上一行）');
    row.pairs.push(pair);
    if (no) out.push(row);
  }
  return { rows: out, extraHeadings };
}
