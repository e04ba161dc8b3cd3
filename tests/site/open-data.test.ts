import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainHtml, readPage, textOf, withoutTools } from '../helpers/dist.ts';

interface Pair {
  school: string;
  schoolProgram: string;
  college: string;
  collegeProgram: string;
}

/**
 * Reads the attachment of the 2025 notice straight from the raw extracted text, independently
 * of the site's data: single-pair rows print on one line; a school with two pairs prints the
 * school, its first program, the college and its program on separate lines, then the second
 * pair on one line.
 */
function attachmentFromSeed(raw: string): Pair[] {
  const header = '序号 中职学校 中职专业 高职学校 高职专业';
  const table = raw.slice(raw.indexOf(header), raw.indexOf('（此件主动公开）'));
  const lines = table
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== header);
  const pairs: Pair[] = [];
  for (let i = 0; i < lines.length; i++) {
    const tokens = (lines[i] ?? '').split(/\s+/);
    if (/^\d+$/.test(tokens[0] ?? '') && tokens.length === 5) {
      const [, school, schoolProgram, college, collegeProgram] = tokens as [string, string, string, string, string];
      pairs.push({ school, schoolProgram, college, collegeProgram });
    } else if (/^\d+$/.test(tokens[0] ?? '') && tokens.length === 2) {
      const school = tokens[1] ?? '';
      const [schoolProgram, college, collegeProgram] = [lines[i + 1], lines[i + 2], lines[i + 3]] as string[];
      pairs.push({ school, schoolProgram: schoolProgram!, college: college!, collegeProgram: collegeProgram! });
      const [second, secondCollegeProgram] = (lines[i + 4] ?? '').split(/\s+/);
      pairs.push({ school, schoolProgram: second!, college: college!, collegeProgram: secondCollegeProgram! });
      i += 4;
    } else throw new Error(`无法解析附件行：${lines[i]}`);
  }
  return pairs;
}

const json = JSON.parse(readFileSync('dist/data/five-year-programs-2025.json', 'utf8')) as Record<string, unknown>[];
const fromSeed = attachmentFromSeed(readFileSync('content/seeds/001_5dcfb45875f7e289.txt', 'utf8'));

describe('/data/five-year-programs-2025.json', () => {
  it('has the 35 pairs of the notice, from 23 schools and 18 colleges', () => {
    expect(fromSeed).toHaveLength(35);
    expect(json).toHaveLength(35);
    expect(new Set(json.map((p) => p['school'])).size).toBe(23);
    expect(new Set(json.map((p) => p['college'])).size).toBe(18);
  });

  it('equals the attachment row by row, names exactly as printed', () => {
    expect(json.map(({ school, schoolProgram, college, collegeProgram }) => ({ school, schoolProgram, college, collegeProgram }))).toEqual(fromSeed);
  });

  it('gives each pair catalogue codes, a 专业大类 and a city (or "" where unknown)', () => {
    for (const pair of json) {
      expect(pair['schoolProgramCode']).toMatch(/^[67]\d{5}$/);
      expect(pair['collegeProgramCode']).toMatch(/^[45]\d{5}$/);
      expect(pair['category']).toMatch(/大类$/);
      expect(pair['city']).toMatch(/^(|.+市)$/);
    }
    expect(json.find((p) => p['school'] === '山西省城乡建设学校')?.['city']).toBe('');
    expect(json.find((p) => p['schoolProgram'] === '计算机平面设计（紫砂陶艺）')?.['schoolProgramCode']).toBe('710210');
  });
});

describe('/data/five-year-programs-2025.csv', () => {
  const csv = readFileSync('dist/data/five-year-programs-2025.csv', 'utf8');
  it('starts with a UTF-8 BOM and has Chinese headings, 35 rows with the same names as the JSON and Chinese values', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(36);
    const header = (lines[0] ?? '').split(',');
    for (const heading of ['序号', '中职学校', '中职专业', '中职专业代码', '高职学校', '高职专业', '高职专业代码', '专业大类', '城市', '所在地依据'])
      expect(header).toContain(heading);
    lines.slice(1).forEach((line, i) => {
      const cells = line.split(',');
      expect(cells[header.indexOf('中职学校')]).toBe(json[i]?.['school']);
      expect(cells[header.indexOf('高职专业')]).toBe(json[i]?.['collegeProgram']);
      expect(['据校名', '据教育部名单', '据公开名录', '据学校资料', '待核实']).toContain(cells[header.indexOf('所在地依据')]);
    });
  });
});

describe('/data/statistics.json', () => {
  const stats = JSON.parse(readFileSync('dist/data/statistics.json', 'utf8')) as {
    id: string;
    label: string;
    value: unknown;
    unit: string;
    year: number;
    source: { document: string; quote: string };
  }[];
  it('lists every figure with a numeric value and a source', () => {
    expect(stats.length).toBeGreaterThan(60);
    expect(new Set(stats.map((s) => s.id)).size).toBe(stats.length);
    for (const s of stats) {
      expect(typeof s.value).toBe('number');
      expect(s.label && s.unit && s.source.document && s.source.quote).toBeTruthy();
      expect(Number.isInteger(s.year)).toBe(true);
    }
  });
  it('quotes sentences that are on the built page of their document', () => {
    const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
    const pages = new Map<string, string>();
    for (const s of stats) {
      const doc = s.source.document;
      if (!pages.has(doc)) pages.set(doc, squash(textOf(withoutTools(mainHtml(readPage(`/policies/${doc}/`))))));
      expect(pages.get(doc), s.id).toContain(squash(s.source.quote));
    }
  });
  it('has the 2024 report figures as stated', () => {
    const value = (id: string) => stats.find((s) => s.id === id)?.value;
    expect(value('general-high-school-plan-share-2024')).toBe(70.18);
    expect(value('comprehensive-pilot-schools-2024')).toBe(53);
    expect(value('primary-schools-2020')).toBe(5153);
  });
  it('has a CSV twin with a BOM and one row per figure', () => {
    const csv = readFileSync('dist/data/statistics.csv', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).trimEnd().split('\r\n')).toHaveLength(stats.length + 1);
  });
});
