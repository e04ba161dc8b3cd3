// Imports a five-year list from its attachment exported as a spreadsheet (CSV), for a notice that is
// already on the site:
//   npm run import-list -- <table.csv> --year <y> --notice <policy-id> [--content <dir>] [--replace]
// Columns as printed: 序号, 中职学校, 中职专业, 高职学校, 高职专业; blank cells continue the row above.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildListImport, listYaml } from '../src/lib/content/list-import.ts';
import { parseListCsvTable } from '../src/lib/content/notice-import.ts';
import {
  appendInstitutions,
  appendMajors,
  commandLine,
  guardList,
  namesOf,
  readCatalogue,
  readOrRefuse,
  refuseOnProblems,
  writeContent,
} from './import-files.ts';

const USAGE = '用法：npm run import-list -- <名单.csv> --year <年份> --notice <content/policies 中的通知 id> [--content <内容目录>] [--replace]';
const args = commandLine(process.argv, USAGE);
const { file, notice } = args;
const year = Number(args.year);
const contentDir = resolve(args.content);
if (!file || !notice || !/^\d{4}$/.test(args.year ?? '')) {
  console.error(USAGE);
  process.exit(2);
}
if (/\.xlsx?$/i.test(file)) {
  console.error(`${file}：请先在表格软件中另存为 CSV（UTF-8），列为 序号,中职学校,中职专业,高职学校,高职专业，再导入。`);
  process.exit(2);
}
const policyPath = join(contentDir, 'policies', `${notice}.md`);
if (!existsSync(policyPath)) {
  console.error(`找不到 content/policies/${notice}.md：请先导入或写好这份通知（npm run import-notice），再导入它的名单。`);
  process.exit(1);
}
const { rows, extraHeadings } = readOrRefuse(file, parseListCsvTable);
const catalogue = await readCatalogue(contentDir);
const source = catalogue.docNumbers.get(notice) ?? notice;
const imported = buildListImport(
  rows,
  { year, document: notice, title: `${year}年五年制职业教育衔接贯通人才培养学校及专业名单`, statedSchools: null, extraHeadings },
  catalogue,
);
refuseOnProblems(file, imported.problems);
const target = join('five-year-lists', `${year}.yaml`);
const text = listYaml(imported.list, namesOf(catalogue, imported), source);
guardList(contentDir, target, text, args.replace, namesOf(catalogue, imported), 'import-list');
const done = writeContent(contentDir, target, text);
console.log(
  done === 'written' ? `写入 content/${target}（${imported.list.rows.length} 所中职学校，${imported.list.stated.pairs} 个专业对）` : `未改变 content/${target}`,
);
for (const name of appendInstitutions(contentDir, imported, 'import-list', notice)) console.log(`写入 content/${name}（新增学校，所在地待核实）`);
for (const name of appendMajors(contentDir, imported, 'import-list', notice))
  console.log(`写入 content/${name}（新增专业：${imported.newMajors.map((m) => `${m.name}（${m.level}，${m.id}，${m.category}）`).join('、')}）`);
console.log(`
发布前请人工核对：
  [ ] 名单逐行对照通知附件；表格的标题（title）按附件原文改写；stated.schools 改为通知正文写明的学校数
  [ ] 新增学校的所在地：有可靠来源时填写，否则保持“待核实”，不要猜
  [ ] npm run build：内容校验会指出不一致之处`);
