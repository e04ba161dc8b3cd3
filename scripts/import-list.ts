// Imports a five-year list from its attachment exported as a spreadsheet (CSV), for a notice that is
// already on the site:
//   npm run import-list -- <table.csv> --year <y> --notice <policy-id> [--content <dir>]
// Columns as printed: 序号, 中职学校, 中职专业, 高职学校, 高职专业; blank cells continue the row above.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { buildListImport, institutionYaml, listYaml } from '../src/lib/list-import.ts';
import { NoticeFormatError, parseListCsv } from '../src/lib/notice-import.ts';
import { splitFrontmatter } from '../src/lib/text.ts';
import type { Institution, Major } from '../src/lib/schemas.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const year = Number(option('--year'));
const notice = option('--notice');
const contentDir = resolve(option('--content') ?? 'content');
if (!file || !Number.isInteger(year) || !notice) {
  console.error('用法：npm run import-list -- <名单.csv> --year <年份> --notice <content/policies 中的通知 id>');
  process.exit(2);
}
if (/\.xlsx?$/i.test(file)) {
  console.error(`${file}：请先在表格软件中另存为 CSV（UTF-8），列为 序号,中职学校,中职专业,高职学校,高职专业，再导入。`);
  process.exit(2);
}
const policyPath = join(contentDir, 'policies', `${notice}.mdx`);
if (!existsSync(policyPath)) {
  console.error(`找不到 content/policies/${notice}.mdx：请先导入或写好这份通知（npm run import-notice），再导入它的名单。`);
  process.exit(1);
}
let rows;
try {
  rows = parseListCsv(readFileSync(file, 'utf8'));
} catch (error) {
  if (error instanceof NoticeFormatError) {
    console.error(`无法导入 ${file}：${error.message}`);
    process.exit(1);
  }
  throw error;
}
const readYaml = <T>(name: string): T => parse(readFileSync(join(contentDir, name), 'utf8')) as T;
const schools = readYaml<Institution[]>('schools.yaml');
const colleges = readYaml<Institution[]>('colleges.yaml');
const docNumber = /^docNumber:\s*"?([^"\n]+)"?$/m.exec(splitFrontmatter(readFileSync(policyPath, 'utf8'))?.frontmatter ?? '')?.[1];
const title = docNumber && docNumber !== 'null' ? docNumber : notice;
const imported = buildListImport(rows, { year, document: notice, title: `${year}年五年制职业教育衔接贯通人才培养学校及专业名单`, statedSchools: null }, { schools, colleges, majors: readYaml<Major[]>('majors.yaml') });
if (imported.problems.length) {
  console.error(`没有写入任何文件。${file} 有 ${imported.problems.length} 处需要先处理：`);
  for (const p of imported.problems) console.error(`  - ${p}`);
  process.exit(1);
}
const names = new Map([...schools, ...colleges, ...imported.newSchools, ...imported.newColleges].map((i) => [i.id, i.name]));
const target = join(contentDir, 'five-year-lists', `${year}.yaml`);
const text = listYaml(imported.list, names, title);
if (existsSync(target) && readFileSync(target, 'utf8') === text) console.log(`未改变 content/five-year-lists/${year}.yaml`);
else {
  writeFileSync(target, text);
  console.log(`写入 content/five-year-lists/${year}.yaml（${imported.list.rows.length} 所中职学校，${imported.list.stated.pairs} 个专业对）`);
}
for (const [name, added] of [['schools.yaml', imported.newSchools], ['colleges.yaml', imported.newColleges]] as const) {
  if (added.length === 0) continue;
  const path = join(contentDir, name);
  writeFileSync(path, `${readFileSync(path, 'utf8').replace(/\n*$/, '\n')}\n# Added by npm run import-list from ${notice}: location not established.\n${added.map(institutionYaml).join('\n')}\n`);
  console.log(`写入 content/${name}：${added.map((i) => i.name).join('、')}（所在地待核实）`);
}
console.log(`
发布前请人工核对：
  [ ] 名单逐行对照通知附件；表格的标题（title）按附件原文改写；stated.schools 改为通知正文写明的学校数
  [ ] 新增学校的所在地：有可靠来源时填写，否则保持“待核实”，不要猜
  [ ] npm run build：内容校验会指出不一致之处`);
