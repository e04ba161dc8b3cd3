// The file side of the two import commands (import-notice, import-list): reading what the import
// matches against, refusing with every problem at once, and writing only what changed.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { institutionYaml, listChanges, majorYaml, type ImportCatalogue, type ListImport, type ListShape } from '../src/lib/content/list-import.ts';
import { CATALOGUE_EDITION, parseCatalogue } from '../src/lib/content/catalogue.ts';
import { NoticeFormatError } from '../src/lib/content/notice-import.ts';
import { fiveYearListSchema, type Institution } from '../src/lib/content/schemas.ts';
import { readContent } from '../src/content/read.ts';
import { checkSchemas } from '../src/lib/content/checks/index.ts';

/** Stops the command with a message (nothing has been written when it is called). */
export function stop(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/**
 * The command line: the input file, `--content`, `--year`, `--notice` and the `--replace` flag.
 * A wrong option stops the command with `usage`.
 */
export function commandLine(argv: string[], usage: string) {
  try {
    const { values, positionals } = parseArgs({
      args: argv.slice(2),
      allowPositionals: true,
      options: { content: { type: 'string' }, year: { type: 'string' }, notice: { type: 'string' }, replace: { type: 'boolean', default: false } },
    });
    const content = values.content ?? 'content';
    if (!existsSync(content) || !statSync(content).isDirectory()) stop(`找不到内容目录 ${content}：--content 应为本项目的 content 文件夹或它的副本。`);
    return { file: positionals[0], content, year: values.year, notice: values.notice, replace: values.replace ?? false };
  } catch (error) {
    return stop(`${(error as Error).message}\n${usage}`, 2);
  }
}

/**
 * The text of an input file, whatever encoding the office saved it in: UTF-8 (with or without a
 * byte-order mark), UTF-16 (Windows "Unicode" text), or GBK/GB 18030 (Chinese Windows' default),
 * converted and said so. A missing file or a folder stops the command with a message.
 */
export function readInput(file: string): string {
  if (!existsSync(file)) stop(`找不到文件 ${file}：请检查路径和文件名。`);
  if (statSync(file).isDirectory()) stop(`${file} 是文件夹，不是文件：请给出通知文本或名单表格文件的路径。`);
  const bytes = readFileSync(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return note(file, 'UTF-16', new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return note(file, 'UTF-16', new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    if (!/[\u4e00-\u9fff]/.test(text)) stop(`${file} 既不是 UTF-8 也不像中文 GBK 文本：请在编辑器或表格软件中另存为 UTF-8 后再导入。`);
    return note(file, 'GBK（GB 18030）', text);
  }
}

function note(file: string, encoding: string, text: string): string {
  console.log(`${file} 是 ${encoding} 编码，已转换为 UTF-8 读取；请核对导入结果中的文字。`);
  return text;
}

/**
 * What an import matches against, read as the build reads it (src/content/read.ts) and checked by
 * the same schemas: the institutions and majors already in the content folder, the full catalogue
 * of majors, and each document's 文号. A school, college or major file the schemas refuse stops the
 * import with every problem, in the build's words, before anything is written.
 */
export async function readCatalogue(
  contentDir: string,
): Promise<ImportCatalogue & { schools: Institution[]; colleges: Institution[]; docNumbers: Map<string, string | null> }> {
  const path = join(contentDir, 'catalogue', '2021.tsv');
  if (!existsSync(path)) stop(`找不到专业目录 ${path}：导入用它给名单里的新专业查代码（${CATALOGUE_EDITION}）。`);
  const full = parseCatalogue(readFileSync(path, 'utf8'));
  if (full.problems.length) stop(`专业目录 ${path} 第${full.problems[0]!.line}行无法读取：${full.problems[0]!.expected}`);
  // Files are named from the folder that holds the content folder (content/schools.yaml).
  const { valid, problems } = checkSchemas(await readContent(contentDir, dirname(resolve(contentDir)), { outlines: false }));
  const matched = problems.filter((p) => /(^|\/)(schools|colleges|majors)\.yaml$/.test(p.file));
  if (matched.length)
    stop(
      [
        `没有写入任何文件。导入要对照的学校和专业数据有 ${matched.length} 处问题，请先修正：`,
        ...matched.map((p) => `  ${p.file} › ${p.entry} › ${p.field}：${p.expected}`),
      ].join('\n'),
    );
  return {
    schools: valid.schools.map((v) => v.data),
    colleges: valid.colleges.map((v) => v.data),
    majors: valid.majors.map((v) => v.data),
    full: full.majors,
    docNumbers: new Map(valid.policies.map((v) => [v.data.id, v.data.docNumber ?? null])),
  };
}

/** Reads a file (or its `text`, already read) with `read`; a format error stops the command with the line it names. */
export function readOrRefuse<T>(file: string, read: (text: string) => T, text = readInput(file)): T {
  try {
    return read(text);
  } catch (error) {
    if (!(error instanceof NoticeFormatError)) throw error;
    console.error(`无法导入 ${file}：${error.message}`);
    process.exit(1);
  }
}

/** Stops the command, writing nothing, when the import has problems. */
export function refuseOnProblems(file: string, problems: string[]): void {
  if (problems.length === 0) return;
  console.error(`没有写入任何文件。${file} 有 ${problems.length} 处需要先处理：`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

/** Writes a file whole or not at all: to a temporary file beside it, then renamed over it. */
function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${process.pid}.import.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Writes a content file unless it already holds exactly this text (`keep`: never overwrite an existing file). */
export function writeContent(contentDir: string, path: string, text: string, keep = false): 'written' | 'unchanged' {
  const full = join(contentDir, path);
  if (existsSync(full) && (keep || readFileSync(full, 'utf8') === text)) return 'unchanged';
  writeAtomically(full, text);
  return 'written';
}

/** A list file as its schema reads it, or what is wrong with it, in Chinese, with the line or the field. */
function readListFile(text: string): ListShape | string {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return `YAML 格式有误${line ? `（第${line}行）` : ''}`;
  }
  const read = fiveYearListSchema.safeParse(data);
  if (read.success) return read.data;
  const issue = read.error.issues[0]!;
  return `字段 ${issue.path.length ? issue.path.map(String).join('.') : '（整个文件）'}：${issue.message}`;
}

/**
 * Before a list file is replaced: when one exists with other content, prints what the new list
 * would change and stops unless `replace` (--replace) was given, so that an editor's corrections or
 * a hand-checked list are never lost to a second import.
 */
export function guardList(contentDir: string, path: string, text: string, replace: boolean, names: Map<string, string>, command: string): void {
  const full = join(contentDir, path);
  if (!existsSync(full)) {
    // A new year's list: what it brings, before anything is written.
    const brings = listChanges({ rows: [] }, parse(text) as ListShape, names);
    console.log(`这次导入将新建 content/${path}：\n${brings.map((c) => `  ${c}`).join('\n')}`);
    return;
  }
  if (readFileSync(full, 'utf8') === text) return;
  const existing = readListFile(readFileSync(full, 'utf8'));
  if (typeof existing === 'string') {
    if (replace) return void console.log(`替换 content/${path}（--replace）：原文件无法读取（${existing}），按这次导入重写。`);
    stop(
      `content/${path} 已存在，但无法读取：${existing}。没有写入任何文件。请先修正这个文件；确认要用这次导入的结果替换它（文件里的人工修改会丢失）时，加 --replace 再运行：npm run ${command} -- … --replace`,
    );
  }
  const changes = listChanges(existing, parse(text) as ListShape, names);
  const summary = changes.length
    ? changes.map((c) => `  ${c}`).join('\n')
    : '  名单中的学校和专业对相同，只是文件的写法、注释或其他字段不同（可能是人工修改过）';
  if (replace) {
    console.log(`替换 content/${path}（--replace）：\n${summary}`);
    return;
  }
  stop(
    `content/${path} 已存在，内容与这次导入不同，没有写入任何文件。这次导入会带来：\n${summary}\n确认要用导入结果替换（人工修改会丢失）时，加 --replace 再运行：npm run ${command} -- … --replace`,
  );
}

/** Appends the institutions an import added to schools.yaml and colleges.yaml; returns the files written. */
export function appendInstitutions(contentDir: string, imported: ListImport, command: string, document: string): string[] {
  const written: string[] = [];
  for (const [name, added] of [
    ['schools.yaml', imported.newSchools],
    ['colleges.yaml', imported.newColleges],
  ] as const) {
    if (added.length === 0) continue;
    const text = readFileSync(join(contentDir, name), 'utf8');
    writeContent(
      contentDir,
      name,
      `${text.replace(/\n*$/, '\n')}\n# Added by npm run ${command} from ${document}: location not established.\n${added.map(institutionYaml).join('\n')}\n`,
    );
    written.push(name);
  }
  return written;
}

/** Appends the majors an import added to majors.yaml, from the catalogue; returns the files written. */
export function appendMajors(contentDir: string, imported: ListImport, command: string, document: string): string[] {
  if (imported.newMajors.length === 0) return [];
  const text = readFileSync(join(contentDir, 'majors.yaml'), 'utf8');
  writeContent(
    contentDir,
    'majors.yaml',
    `${text.replace(/\n*$/, '\n')}\n# Added by npm run ${command} from ${document}: code, level, 专业大类 and 专业类 from ${CATALOGUE_EDITION} (content/catalogue/2021.tsv).\n${imported.newMajors.map(majorYaml).join('\n')}\n`,
  );
  return ['majors.yaml'];
}

/** Every name the list file annotates its ids with. */
export function namesOf(catalogue: ImportCatalogue, imported: ListImport): Map<string, string> {
  return new Map([...catalogue.schools, ...catalogue.colleges, ...imported.newSchools, ...imported.newColleges].map((i) => [i.id, i.name]));
}
