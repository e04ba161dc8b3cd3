import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildListImport, institutionYaml, listChanges, listYaml, majorYaml, matchProgram, slugFromName, type ImportCatalogue, type ImportedList } from '../../../../src/lib/content/list-import.ts';
import { parseNotice } from '../../../../src/lib/content/notice-import.ts';
import type { FiveYearList, Institution, Major } from '../../../../src/lib/content/schemas.ts';
import { parseCatalogue } from '../../../../src/lib/content/catalogue.ts';

const load = <T>(name: string) => parse(readFileSync(`content/${name}`, 'utf8')) as T;
const catalogue: ImportCatalogue = {
  schools: load<Institution[]>('schools.yaml'),
  colleges: load<Institution[]>('colleges.yaml'),
  majors: load<Major[]>('majors.yaml'),
  full: parseCatalogue(readFileSync('content/catalogue/2021.tsv', 'utf8')).majors,
};
const notice = parseNotice(readFileSync('content/seeds/001_5dcfb45875f7e289.txt', 'utf8'));
const meta = { year: 2025, document: 'five-year-notice-2025', title: notice.attachmentTitle!, statedSchools: 23 };

describe('buildListImport', () => {
  it('reproduces the hand-checked 2025 list from the raw notice: every row, name, college and code', () => {
    const result = buildListImport(notice.rows, meta, catalogue);
    expect(result.problems).toEqual([]);
    expect(result.newSchools).toEqual([]);
    expect(result.newColleges).toEqual([]);
    const written = parse(listYaml(result.list, new Map(), '晋教职成〔2025〕1号')) as FiveYearList;
    expect(written).toEqual(load<FiveYearList>('five-year-lists/2025.yaml'));
  });

  it('stops on a program name that is not in the catalogue at its level, naming the row, the name and the edition the site holds', () => {
    const rows = structuredClone(notice.rows);
    // 建筑施工技术 is no 中职 major of the 2021 catalogue; 低空飞行器运营管理 no edition's name we hold.
    rows[2]!.pairs[0]!.schoolProgram = '建筑施工技术';
    rows[3]!.pairs[0]!.collegeProgram = '低空飞行器运营管理（城市方向）';
    const { problems } = buildListImport(rows, meta, catalogue);
    expect(problems).toEqual([
      expect.stringMatching(/附件序号 3（原文第\d+行起）第1个专业对：中职专业“建筑施工技术”不在本站收录的教育部《职业教育专业目录（2021年）》的中职专业中/),
      expect.stringMatching(/附件序号 4（原文第\d+行起）第1个专业对：高职专业“低空飞行器运营管理（城市方向）”不在.*不要猜代码/),
    ]);
  });

  it('takes a major the lists have not used from the full catalogue, with its code, level and kinds, directions kept', () => {
    const rows = structuredClone(notice.rows);
    rows[2]!.pairs[0]!.schoolProgram = '幼儿保育';
    rows[2]!.pairs[0]!.collegeProgram = '学前教育（托育方向）';
    rows[4]!.pairs[0]!.schoolProgram = '幼儿保育';
    const { problems, newMajors, list } = buildListImport(rows, meta, catalogue);
    expect(problems).toEqual([]);
    expect(newMajors).toEqual([
      { id: '770101', name: '幼儿保育', level: '中职', category: '教育与体育大类', subcategory: '教育类' },
      { id: '570102K', name: '学前教育', level: '高职专科', category: '教育与体育大类', subcategory: '教育类' },
    ]);
    expect(list.rows[2]!.pairs[0]!.collegeProgram).toEqual({ name: '学前教育（托育方向）', code: '570102K', direction: '托育方向' });
    expect(list.rows[4]!.pairs[0]!.schoolProgram.code).toBe('770101');
  });

  it('adds an institution it does not know with its location unknown, never guessed', () => {
    const rows = structuredClone(notice.rows);
    rows[7]!.school = '样例县职业中学校';
    const { newSchools, list } = buildListImport(rows, meta, catalogue);
    expect(newSchools).toEqual([expect.objectContaining({ name: '样例县职业中学校', city: null, cityBasis: 'unknown', confidence: null, county: null })]);
    expect(list.rows[7]!.school).toBe(newSchools[0]!.id);
  });

  it('says when the table does not hold the number of schools the notice states', () => {
    expect(buildListImport(notice.rows.slice(0, 22), meta, catalogue).problems).toEqual([expect.stringContaining('写明 23 所中职学校，附件表格中有 22 所')]);
  });
});

describe('matchProgram and slugFromName', () => {
  it("matches a catalogue name plus the school's direction", () => {
    expect(matchProgram('机电一体化技术（煤矿机电方向）', '高职专科', catalogue.majors)).toEqual({
      name: '机电一体化技术（煤矿机电方向）',
      code: '460301',
      direction: '煤矿机电方向',
    });
    expect(matchProgram('机电一体化技术', '中职', catalogue.majors)).toBeNull();
  });

  it('makes a unique pinyin id', () => {
    expect(slugFromName('朔州职业中学', new Set())).toBe('shuo-zhou-zhi-ye-zhong-xue');
    expect(slugFromName('朔州职业中学', new Set(['shuo-zhou-zhi-ye-zhong-xue']))).toBe('shuo-zhou-zhi-ye-zhong-xue-2');
    // Place names read as the search index reads them (src/lib/domain/pinyin.ts): 长治 chang, 长子 zhang.
    expect(slugFromName('长治卫生学校', new Set())).toBe('chang-zhi-wei-sheng-xue-xiao');
    expect(slugFromName('长子县职业中学', new Set())).toBe('zhang-zi-xian-zhi-ye-zhong-xue');
  });
});

describe('buildListImport refuses a pair printed twice', () => {
  it('names both rows', () => {
    const rows = structuredClone(notice.rows);
    rows[3]!.pairs.push({ ...rows[3]!.pairs[0]! });
    const { problems } = buildListImport(rows, meta, catalogue);
    expect(problems).toEqual([expect.stringMatching(/^附件序号 4 第\d个专业对与序号 4 的专业对完全相同/)]);
  });
});

describe('listChanges: what a replacement would change', () => {
  const list2025 = load<FiveYearList>('five-year-lists/2025.yaml');
  it('finds nothing between a list and itself', () => {
    expect(listChanges(list2025, structuredClone(list2025))).toEqual([]);
  });
  it('names schools and pairs dropped and added, and a changed partner college', () => {
    const after = structuredClone(list2025);
    const dropped = after.rows.pop()!;
    after.rows[0]!.pairs[0]!.college = 'some-college';
    const names = new Map([[dropped.school, '被删的学校']]);
    const lines = listChanges(list2025, after, names);
    expect(lines[0]).toBe('不再列入的学校（1）：被删的学校');
    expect(lines.find((l) => l.startsWith('新增专业对（1）'))).toContain('some-college');
    expect(lines.find((l) => l.startsWith('不再列入的专业对'))).toMatch(new RegExp(`^不再列入的专业对（${dropped.pairs.length + 1}）`));
    expect(lines.at(-1)).toMatch(/^合作高职学校有变化（1）：.*→ .*some-college$/);
  });
  it('counts an emptied list as every school dropped', () => {
    expect(listChanges(list2025, { rows: [] })[0]).toBe(`不再列入的学校（${list2025.rows.length}）：${list2025.rows.map((r) => r.school).join('；')}`);
  });
});

describe('the YAML the importers write (the yaml package’s Document API)', () => {
  const tricky = ['null', 'true', 'False', '1e3', '0x1F', '~', '2025', '3.5', '- x', 'a: b', 'a, b', '[x]', '{x}', '#x', '计算机平面设计（紫砂陶艺）', '"quoted"', "it's", ' lead', 'trail ', ''];

  it('reads back every string as the same string: names, directions, headings and extra columns', () => {
    const program = (name: string) => ({ name, code: '720201', direction: name });
    const list = {
      year: 2099,
      document: 'notice',
      title: 'null',
      stated: { schools: 1, pairs: tricky.length },
      columns: tricky.map((heading) => ({ heading, kind: 'text' as const })),
      rows: [{ no: 1, school: 'a', pairs: tricky.map((t) => ({ schoolProgram: program(t), college: 'b', collegeProgram: program(t), extra: { [t || 'x']: t } })) }],
    };
    expect(parse(listYaml(list, new Map([['a', '某校：#1']]), '某号'))).toEqual(list);
    for (const name of tricky) {
      expect(parse(institutionYaml({ id: 'x', name, note: name } as Institution))[0]).toMatchObject({ name, note: name, city: null });
      expect(parse(majorYaml({ id: '720201', name, level: '中职', category: '医药卫生大类', subcategory: '护理类' }))[0]).toMatchObject({ id: '720201', name });
    }
  });

  it('keeps the file’s form: a program on one line with its code quoted, and each id with its printed name beside it', () => {
    const written = listYaml(load<ImportedList>('five-year-lists/2025.yaml'), new Map([['taiyuan-tielu-jixie-xuexiao', '太原铁路机械学校']]), '晋教职成〔2025〕1号');
    expect(written).toContain('    school: taiyuan-tielu-jixie-xuexiao # 太原铁路机械学校\n');
    expect(written).toContain('      - schoolProgram: { name: 电力机车运用与检修, code: "700102" }\n');
    expect(written).toMatch(/^# 2025年五年制职业教育衔接贯通人才培养学校及专业名单: the attachment of 晋教职成〔2025〕1号/);
    expect(written).toContain('# schools: the count the notice states in its text; pairs: the pairs its attachment lists.\nstated:\n  schools: 23\n');
    // An id whose name is not known gets no empty comment.
    expect(written).toMatch(/ {4}school: huabei-jidian-xuexiao\n/);
  });
});
