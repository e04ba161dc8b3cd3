// The file side of the two import commands (import-notice, import-list): reading what the import
// matches against, refusing with every problem at once, and writing only what changed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { institutionYaml, type ImportCatalogue, type ListImport } from '../src/lib/content/list-import.ts';
import { NoticeFormatError } from '../src/lib/content/notice-import.ts';
import type { Institution, Major } from '../src/lib/content/schemas.ts';

/** The command line: the file (the one argument that is not an option or its value) and `--name value` options. */
export function commandLine(argv: string[]): { file: string | undefined; option: (name: string) => string | undefined } {
  const args = argv.slice(2);
  return {
    file: args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')),
    option: (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined),
  };
}

/** The institutions and catalogue majors already in a content folder. */
export function readCatalogue(contentDir: string): ImportCatalogue & { schools: Institution[]; colleges: Institution[] } {
  const read = <T>(name: string): T => parse(readFileSync(join(contentDir, name), 'utf8')) as T;
  return { schools: read<Institution[]>('schools.yaml'), colleges: read<Institution[]>('colleges.yaml'), majors: read<Major[]>('majors.yaml') };
}

/** Reads a file with `read`; a format error stops the command with the line it names. */
export function readOrRefuse<T>(file: string, read: (text: string) => T): T {
  try {
    return read(readFileSync(file, 'utf8'));
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

/** Writes a content file unless it already holds exactly this text (`keep`: never overwrite an existing file). */
export function writeContent(contentDir: string, path: string, text: string, keep = false): 'written' | 'unchanged' {
  const full = join(contentDir, path);
  if (existsSync(full) && (keep || readFileSync(full, 'utf8') === text)) return 'unchanged';
  writeFileSync(full, text);
  return 'written';
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

/** Every name the list file annotates its ids with. */
export function namesOf(catalogue: ImportCatalogue, imported: ListImport): Map<string, string> {
  return new Map([...catalogue.schools, ...catalogue.colleges, ...imported.newSchools, ...imported.newColleges].map((i) => [i.id, i.name]));
}
