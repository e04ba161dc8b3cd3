import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseNotice } from '../../../src/lib/content/notice-import.ts';
import { contentCopy } from '../../helpers/content.ts';

// The importers as an editor runs them, on copies of the content: every refusal is a message in
// Chinese that names the file or line, never a stack trace, and writes nothing.
const NOTICE = 'tests/fixtures/notice/notice-2026-fictional.txt';
const LIST = 'five-year-lists/2025.yaml';
const copies: { cleanup: () => void }[] = [];
afterAll(() => copies.forEach((c) => c.cleanup()));

function copy() {
  const c = contentCopy({});
  copies.push(c);
  return c.dir;
}

function run(script: 'import-notice' | 'import-list', args: string[]) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr, 'a stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}

/** The 2025 attachment as a spreadsheet would export it (blank cells continue the row above). */
function csvLines(): string[] {
  const rows = parseNotice(readFileSync('content/seeds/001_5dcfb45875f7e289.txt', 'utf8')).rows;
  return [
    '序号,中职学校,中职专业,高职学校,高职专业',
    ...rows.flatMap((r) =>
      r.pairs.map((p, i) =>
        i === 0 ? `${r.no},${r.school},${p.schoolProgram},${p.college},${p.collegeProgram}` : `,,${p.schoolProgram},,${p.collegeProgram}`,
      ),
    ),
  ];
}

const listArgs = (dir: string, csv: string, ...more: string[]) => [csv, '--year', '2025', '--notice', 'five-year-notice-2025', '--content', dir, ...more];

describe('the importers refuse bad input with a message and write nothing', () => {
  it('a missing file, a folder, a missing content folder, a wrong option', () => {
    const dir = copy();
    expect(run('import-notice', ['no-such.txt', '--content', dir])).toMatchObject({ status: 1, out: expect.stringContaining('找不到文件 no-such.txt') });
    expect(run('import-notice', ['tests', '--content', dir])).toMatchObject({ status: 1, out: expect.stringContaining('tests 是文件夹') });
    expect(run('import-notice', [NOTICE, '--content', '/no/such/dir'])).toMatchObject({
      status: 1,
      out: expect.stringContaining('找不到内容目录 /no/such/dir'),
    });
    expect(run('import-list', ['x.csv', '--yaer', '2025'])).toMatchObject({ status: 2, out: expect.stringContaining('用法：npm run import-list') });
  });

  it('a table with its header only never replaces a list', () => {
    const dir = copy();
    const before = readFileSync(join(dir, LIST), 'utf8');
    writeFileSync(join(dir, 'empty.csv'), `${csvLines()[0]}\r\n`);
    const result = run('import-list', listArgs(dir, join(dir, 'empty.csv'), '--replace'));
    expect(result).toMatchObject({ status: 1, out: expect.stringContaining('表格只有表头') });
    expect(readFileSync(join(dir, LIST), 'utf8')).toBe(before);
  });

  it('a pair printed twice', () => {
    const dir = copy();
    const lines = csvLines();
    writeFileSync(join(dir, 'twice.csv'), [...lines, lines.at(-1)!.replace(/^\d+,[^,]*,/, ',,')].join('\r\n'));
    const result = run('import-list', listArgs(dir, join(dir, 'twice.csv'), '--replace'));
    expect(result).toMatchObject({ status: 1, out: expect.stringMatching(/专业对与序号 \d+ 的专业对完全相同/) });
  });

  it('a school file the schemas refuse, in the build’s words, naming file, entry and field', () => {
    const dir = copy();
    const schools = join(dir, 'schools.yaml');
    writeFileSync(schools, readFileSync(schools, 'utf8').replace(/cityBasis: \w+/, 'cityBasis: guessed'));
    const result = run('import-notice', [NOTICE, '--content', dir]);
    expect(result).toMatchObject({
      status: 1,
      out: expect.stringMatching(/导入要对照的学校和专业数据有 1 处问题[\s\S]*\n {2}content-\w+\/schools\.yaml › 第1条（id: [a-z-]+） › cityBasis：无效选项/),
    });
    expect(readFileSync(join(dir, LIST), 'utf8')).toBe(readFileSync(`content/${LIST}`, 'utf8'));
  });

  it('an existing list file that cannot be read, naming its line, and writing nothing unless --replace', () => {
    const dir = copy();
    const broken = `${readFileSync(join(dir, LIST), 'utf8')}rows: [\n`;
    writeFileSync(join(dir, LIST), broken);
    const seed = 'content/seeds/001_5dcfb45875f7e289.txt';
    const result = run('import-notice', [seed, '--content', dir]);
    expect(result).toMatchObject({
      status: 1,
      out: expect.stringMatching(/five-year-lists\/2025\.yaml 已存在，但无法读取：YAML 格式有误（第\d+行）。没有写入任何文件/),
    });
    expect(readFileSync(join(dir, LIST), 'utf8')).toBe(broken);
    expect(run('import-notice', [seed, '--content', dir, '--replace']).status).toBe(0);
    expect(readFileSync(join(dir, LIST), 'utf8')).not.toBe(broken);
  });

  it('a 文号 typed with full-width digits, naming its line', () => {
    const dir = copy();
    const odd = join(dir, 'odd.txt');
    writeFileSync(odd, readFileSync(NOTICE, 'utf8').replace('晋教职成〔2099〕1 号', '晋教职成〔２０９９〕１号'));
    const result = run('import-notice', [odd, '--content', dir]);
    expect(result).toMatchObject({ status: 1, out: expect.stringMatching(/第4行：“晋教职成〔２０９９〕１号”——这一行像是文号/) });
    expect(readFileSync(join(dir, LIST), 'utf8')).toBe(readFileSync(`content/${LIST}`, 'utf8'));
  });
});

describe('the importers read what offices save, and never overwrite without --replace', () => {
  it('reads a GBK table, says it converted it, and reproduces the list', () => {
    const dir = copy();
    const gbk = join(dir, 'gbk.csv');
    writeFileSync(gbk, gbkBytes(csvLines().join('\r\n')));
    rmSync(join(dir, LIST));
    const result = run('import-list', listArgs(dir, gbk));
    expect(result.out).toMatch(/是 GBK（GB 18030）\s?编码，已转换为 UTF-8 读取/);
    expect(result).toMatchObject({ status: 0 });
    expect(parse(readFileSync(join(dir, LIST), 'utf8'))).toEqual(parse(readFileSync(`content/${LIST}`, 'utf8')));
  });

  it('says when a list differs from the file only in how it is written (an editor’s comments), and keeps it', () => {
    const dir = copy();
    writeFileSync(join(dir, 'same.csv'), csvLines().join('\r\n'));
    const result = run('import-list', listArgs(dir, join(dir, 'same.csv')));
    expect(result).toMatchObject({ status: 1, out: expect.stringContaining('名单中的学校和专业对相同，只是文件的写法') });
    expect(readFileSync(join(dir, LIST), 'utf8')).toBe(readFileSync(`content/${LIST}`, 'utf8'));
  });

  it('prints what a different list would change and stops; with --replace it writes', () => {
    const dir = copy();
    const before = readFileSync(join(dir, LIST), 'utf8');
    const lines = csvLines();
    const lastRow = lines.findLastIndex((l) => /^\d+,/.test(l));
    writeFileSync(join(dir, 'shorter.csv'), lines.slice(0, lastRow).join('\r\n'));
    const refused = run('import-list', listArgs(dir, join(dir, 'shorter.csv')));
    expect(refused.status).toBe(1);
    expect(refused.out).toMatch(/已存在，内容与这次导入不同，没有写入任何文件[\s\S]*不再列入的学校（1）：运城市机电工程学校/);
    expect(readFileSync(join(dir, LIST), 'utf8')).toBe(before);
    const replaced = run('import-list', listArgs(dir, join(dir, 'shorter.csv'), '--replace'));
    expect(replaced.status).toBe(0);
    expect(readFileSync(join(dir, LIST), 'utf8')).not.toBe(before);
  });

  it('keeps an editor’s edit to an imported list when the notice is imported again', () => {
    const dir = copy();
    expect(run('import-notice', [NOTICE, '--content', dir]).status).toBe(0);
    const path = join(dir, 'five-year-lists/2026.yaml');
    const edited = readFileSync(path, 'utf8')
      .replace(/^title: .*$/m, (t) => `${t} # checked by editor`)
      .replace(/stated:\n {2}schools: 23/, 'stated:\n  schools: 22');
    writeFileSync(path, edited);
    const again = run('import-notice', [NOTICE, '--content', dir]);
    expect(again.status).toBe(1);
    expect(again.out).toContain('five-year-lists/2026.yaml 已存在');
    expect(readFileSync(path, 'utf8')).toBe(edited);
  });
});

/** GB 18030 bytes of a text (Chinese Windows' encoding): Node has a GB 18030 decoder (ICU) but no encoder, so its table is inverted. */
function gbkBytes(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  return Buffer.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? []))));
}
