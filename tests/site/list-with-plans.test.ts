import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { command as run, oneBuildAtATime } from '../helpers/build-env.ts';
import { contentCopy, folderDigest } from '../helpers/content.ts';
import { mainHtml, readPage, textOf } from '../helpers/dist.ts';
// @ts-expect-error the package ships no types
import { Package } from 'datapackage';

// A next list as a real notice may print it (tests/fixtures/notice/notice-2027-plans-fictional.txt,
// fictional, never content/): a 招生计划 column, a page break with its furniture and a repeated
// header inside the table, majors no list has used (from the full catalogue), a new school and a
// new college. Imported by the real command into a copy of the content, twice, then built, without
// pictures (PICTURES=svg): no check here looks at one.
const FIXTURE = 'tests/fixtures/notice/notice-2027-plans-fictional.txt';
const digest = folderDigest;

const copy = contentCopy({});
const out = `${copy.dir}-dist`;
let first: ReturnType<typeof run>;
let second: ReturnType<typeof run>;
let headerOnly: ReturnType<typeof run>;
let before = '';
let afterSecond = '';
let afterHeaderOnly = '';
let build: ReturnType<typeof run>;
beforeAll(() => {
  first = run(['npm', 'run', '-s', 'import-notice', '--', FIXTURE, '--content', copy.dir]);
  before = digest(copy.dir);
  second = run(['npm', 'run', '-s', 'import-notice', '--', FIXTURE, '--content', copy.dir]);
  afterSecond = digest(copy.dir);
  const csv = join(copy.dir, '..', `${copy.dir.split('/').pop()}-header-only.csv`);
  writeFileSync(csv, '序号,中职学校,中职专业,高职学校,高职专业,招生计划\n');
  headerOnly = run(['npm', 'run', '-s', 'import-list', '--', csv, '--year', '2027', '--notice', 'five-year-notice-2027', '--content', copy.dir, '--replace']);
  afterHeaderOnly = digest(copy.dir);
  rmSync(csv, { force: true });
  build = oneBuildAtATime(() => run(['astro', 'build', '--outDir', out], { CONTENT_DIR: copy.dir, SITE_URL: 'https://zhijiao.example.org', PICTURES: 'svg' }));
}, 300_000);
afterAll(() => {
  copy.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('a list with majors never listed, a 招生计划 column, a page break, a new school and a new college', () => {
  it('imports with one command: new majors from the catalogue with their codes and kinds, the plans typed, institutions unplaced', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /新增专业[\s\S]*幼儿保育（中职，770101，教育与体育大类 · 教育类）[\s\S]*学前教育（高职专科，570102K，教育与体育大类 · 教育类）/,
    );
    const majors = parse(readFileSync(join(copy.dir, 'majors.yaml'), 'utf8')) as { id: string; category: string; subcategory: string }[];
    expect(majors.filter((m) => ['770101', '570102K', '720409', '520416'].includes(m.id))).toHaveLength(4);
    const list = parse(readFileSync(join(copy.dir, 'five-year-lists/2027.yaml'), 'utf8'));
    expect(list.columns).toEqual([{ heading: '招生计划', kind: 'students' }]);
    expect(list.stated).toEqual({ schools: 4, pairs: 5 });
    expect(list.rows[1].pairs).toEqual([
      expect.objectContaining({ collegeProgram: { name: '学前教育（托育方向）', code: '570102K', direction: '托育方向' }, extra: { 招生计划: 45 } }),
      expect.objectContaining({ schoolProgram: { name: '中医养生保健', code: '720409' }, extra: { 招生计划: 30 } }),
    ]);
    const colleges = parse(readFileSync(join(copy.dir, 'colleges.yaml'), 'utf8')) as { name: string; city: unknown; cityBasis: string }[];
    expect(colleges.find((c) => c.name === '样例幼儿师范高等专科学校')).toMatchObject({ city: null, cityBasis: 'unknown' });
  });

  it('changes nothing when run a second time, and refuses a header-only table without touching the list', () => {
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).not.toContain('写入');
    expect(afterSecond).toBe(before);
    expect(headerOnly.status).toBe(1);
    expect(headerOnly.stderr).toContain('表格只有表头');
    expect(afterHeaderOnly).toBe(before);
  });

  it('builds, and the site shows the new majors with code and 专业大类, the plans with totals, and the new college’s location as not established', () => {
    expect(build.status, `${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`).toBe(0);
    // A build without pictures says it cannot be published, and draws none.
    expect(build.stdout + build.stderr).toContain('PICTURES=svg：未生成 PNG 图片');
    expect(readdirSync(join(out, 'schools'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'))).toEqual([]);
    const major = textOf(mainHtml(readPage('/majors/570102K/', out)));
    expect(major).toContain('学前教育');
    expect(major).toContain('570102K');
    expect(major).toContain('教育与体育大类');
    const lists = textOf(mainHtml(readPage('/lists/2027/', out))).replace(/\s+/g, '');
    expect(lists).toContain('招生计划合计：200人');
    expect(lists).toContain('样例市第一职业中学校75人');
    expect(lists).toContain('教育与体育大类45人');
    expect(lists).toMatch(/招生计划.*45/);
    // A list without plans shows none, never a zero.
    expect(textOf(mainHtml(readPage('/lists/2025/', out)))).not.toContain('招生计划合计');
    const pages = (folder: string) =>
      readdirSync(join(out, folder), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    const college = pages('colleges').find((id) => textOf(readPage(`/colleges/${id}/`, out)).includes('样例幼儿师范高等专科学校'));
    expect(college).toBeDefined();
    expect(textOf(mainHtml(readPage(`/colleges/${college}/`, out)))).toContain('所在地待核实');
    const school = pages('schools').find((id) => textOf(readPage(`/schools/${id}/`, out)).includes('样例市第一职业中学校'));
    expect(textOf(mainHtml(readPage(`/schools/${school}/`, out))).replace(/\s+/g, '')).toContain('招生计划45人（据名单）');
  });

  it('publishes the plans in the open data under their printed heading, typed, and a Frictionless reader casts them', async () => {
    const json = JSON.parse(readFileSync(join(out, 'data/five-year-programs-2027.json'), 'utf8')) as Record<string, unknown>[];
    expect(json.map((r) => r['招生计划'])).toEqual([40, 45, 30, 50, 35]);
    expect(JSON.parse(readFileSync(join(out, 'data/five-year-programs-2025.json'), 'utf8'))[0]).not.toHaveProperty('招生计划');
    expect(readFileSync(join(out, 'data/five-year-programs-2027.csv'), 'utf8').split('\r\n')[0]).toMatch(/,招生计划$/);
    const pkg = (await Package.load(join(out, 'data/datapackage.json'), { strict: true })) as {
      valid: boolean;
      resources: { name: string; descriptor: { schema?: { fields: { name: string; type: string }[] } }; read(o: object): Promise<Record<string, unknown>[]> }[];
    };
    expect(pkg.valid).toBe(true);
    const resource = (name: string) => pkg.resources.find((r) => r.name === name)!;
    expect(resource('five-year-programs-2027-csv').descriptor.schema?.fields.at(-1)).toMatchObject({ name: '招生计划', type: 'integer' });
    expect(resource('five-year-programs-2025-csv').descriptor.schema?.fields.map((f) => f.name)).not.toContain('招生计划');
    const rows = await resource('five-year-programs-2027-csv').read({ keyed: true, cast: true });
    expect(rows.map((r) => r['招生计划'])).toEqual([40, 45, 30, 50, 35]);
    const all = await resource('five-year-programs-csv').read({ keyed: true, cast: true });
    expect(all.filter((r) => r['招生计划'] === null).length).toBeGreaterThan(30);
  });
});
