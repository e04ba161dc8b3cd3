// Imports a notice that publishes a five-year list, from the text extracted from its PDF:
//   npm run import-notice -- <notice.txt> [--content <dir>] [--replace]
// Writes the policy document, keeps the raw text in content/seeds/, writes the list of that year,
// adds institutions not yet in content with their location unknown, and prints what a person must
// check before publishing. Running it twice changes nothing. What it cannot settle, it does not guess.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildListImport, listYaml } from '../src/lib/content/list-import.ts';
import { noticeMarkdown, parseNotice } from '../src/lib/content/notice-import.ts';
import {
  appendInstitutions,
  appendMajors,
  commandLine,
  guardList,
  namesOf,
  readCatalogue,
  readInput,
  readOrRefuse,
  refuseOnProblems,
  writeContent,
} from './import-files.ts';

const USAGE = '用法：npm run import-notice -- <通知文本.txt> [--content <内容目录>] [--replace]';
const args = commandLine(process.argv, USAGE);
const { file } = args;
const contentDir = resolve(args.content);
if (!file) {
  console.error(USAGE);
  process.exit(2);
}

const raw = readInput(file);
const notice = readOrRefuse(file, parseNotice, raw);
const year = Number(/(\d{4})年五年制/.exec(notice.title)?.[1] ?? notice.date.slice(0, 4));
const id = `five-year-notice-${year}`;
const statedSchools = Number(/等(\d+)所中职学校/.exec(notice.paragraphs[0] ?? '')?.[1] ?? Number.NaN);

// The raw text is kept beside the others, named by its order and content hash (once only).
const seeds = readdirSync(join(contentDir, 'seeds'))
  .filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f))
  .sort();
const hash = createHash('sha256').update(raw).digest('hex').slice(0, 16);
const seed =
  seeds.find((f) => f.endsWith(`_${hash}.txt`) || readFileSync(join(contentDir, 'seeds', f), 'utf8') === raw) ??
  `${String(seeds.length).padStart(3, '0')}_${hash}.txt`;

const catalogue = await readCatalogue(contentDir);
const imported = buildListImport(
  notice.rows,
  {
    year,
    document: id,
    title: notice.attachmentTitle ?? `${year}年五年制名单`,
    statedSchools: Number.isNaN(statedSchools) ? null : statedSchools,
    extraHeadings: notice.extraHeadings,
  },
  catalogue,
);
if (notice.rows.length === 0) imported.problems.push('没有找到附件表格（表头“序号 中职学校 中职专业 高职学校 高职专业”）：这份通知没有名单可导入。');
refuseOnProblems(file, imported.problems);

// Nothing is written until every check has passed, the replacement of an existing list included.
const listPath = join('five-year-lists', `${year}.yaml`);
const listText = listYaml(imported.list, namesOf(catalogue, imported), notice.docNumber ?? notice.title);
guardList(contentDir, listPath, listText, args.replace, namesOf(catalogue, imported), 'import-notice');

const written: string[] = [];
const unchanged: string[] = [];
const put = (path: string, text: string, keep = false) => (writeContent(contentDir, path, text, keep) === 'written' ? written : unchanged).push(path);
put(join('seeds', seed), raw);
// An edited document is never overwritten by a second import, unless --replace asks for it.
put(
  join('policies', `${id}.md`),
  noticeMarkdown(notice, { year, seed, schools: imported.list.stated.schools, pairs: imported.list.stated.pairs }),
  !args.replace,
);
put(listPath, listText);
written.push(...appendInstitutions(contentDir, imported, 'import-notice', id));
written.push(...appendMajors(contentDir, imported, 'import-notice', id));

console.log(`导入 ${notice.title}`);
console.log(
  `  文号 ${notice.docNumber ?? '（未印）'} · ${notice.date} · ${notice.issuer} · ${imported.list.rows.length} 所中职学校 · ${imported.list.stated.pairs} 个专业对`,
);
for (const path of written) console.log(`  写入 content/${path}`);
for (const path of unchanged) console.log(`  未改变 content/${path}`);
console.log(`
发布前请人工核对（然后运行 npm run build，内容校验会指出不一致之处）：
  [ ] content/policies/${id}.md：标题、文号、日期、发文机关、主送、公开方式与 PDF 一致；分段和条款编号正确（导入按行宽判断段落）
  [ ] 适用时期（period）：用通知自己的话，引文逐字摘自原文（构建会核对）
  [ ] 提要（summary）和 relations：提要是本站所写；文件之间的关系只写原文写明的（basis: stated 并附原文），其余标为 site-reading
  [ ] content/five-year-lists/${year}.yaml：逐行对照附件，学校、专业、高职学校与原文一致，序号连续
  [ ] 专业代码：每个专业名称对应的目录代码正确（带方向的名称写作“目录名称（方向）”）`);
if (imported.newMajors.length) {
  console.log('  [ ] 新增专业：以下专业已按《职业教育专业目录（2021年）》加入 content/majors.yaml，请核对名称与层次：');
  for (const m of imported.newMajors) console.log(`        ${m.name}（${m.level}，${m.id}，${m.category} · ${m.subcategory}）`);
}
if (imported.newSchools.length || imported.newColleges.length) {
  console.log('  [ ] 新增学校的所在地：以下学校已加入，所在地为“待核实”（unknown）。有可靠来源时填写 city、cityBasis、confidence；不要猜：');
  for (const i of [...imported.newSchools, ...imported.newColleges]) console.log(`        ${i.name}（${i.id}）`);
}
