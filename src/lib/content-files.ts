import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from './text.ts';

/** One entry as found on disk, before validation. */
export interface RawEntry {
  /** Path of the file, relative to the project (for messages). */
  file: string;
  /** How to name the entry in a message: its id, or its position. */
  label: string;
  /** The parsed data. */
  data: unknown;
  /** The MDX body, for documents. */
  body?: string;
}

/** Everything in a content folder, as parsed but not yet validated. */
export interface RawContent {
  cities: RawEntry[];
  schools: RawEntry[];
  colleges: RawEntry[];
  majors: RawEntry[];
  statistics: RawEntry[];
  facts: RawEntry[];
  charts: RawEntry[];
  lists: RawEntry[];
  policies: RawEntry[];
  explainers: RawEntry[];
  /** Qualifier words (content/qualifiers.yaml). */
  qualifiers: RawEntry[];
  /** Words people type and the pages they should find (content/search-terms.yaml). */
  searchTerms: RawEntry[];
  /** content/site.yaml, as one entry (null when the file is missing). */
  site: RawEntry | null;
  /** Names of the raw source files in the seeds folder. */
  seeds: string[];
  /** Files that could not be read or parsed at all. */
  unreadable: { file: string; reason: string }[];
}

/** Names an entry by its id when it has a usable one, else by its position. */
function entryLabel(data: unknown, index: number): string {
  // Collections name their entries by `id`; the qualifier table by `word`.
  const record = (data ?? {}) as { id?: unknown; word?: unknown };
  const id = record.id ?? record.word;
  return typeof id === 'string' && id ? `第${index + 1}条（id: ${id}）` : `第${index + 1}条`;
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
  } catch {
    return [];
  }
}

/** Reads the content folder `dir` (paths in messages are relative to `root`). */
export async function readContent(dir: string, root = process.cwd()): Promise<RawContent> {
  const content: RawContent = {
    cities: [], schools: [], colleges: [], majors: [], statistics: [], facts: [], charts: [], lists: [], policies: [], explainers: [], qualifiers: [], searchTerms: [], site: null,
    seeds: await listFiles(join(dir, 'seeds'), '.txt'),
    unreadable: [],
  };
  const show = (path: string) => relative(root, path) || path;

  async function yamlArray(name: string, into: RawEntry[]) {
    const path = join(dir, name);
    try {
      const data: unknown = parse(await readFile(path, 'utf8'));
      if (!Array.isArray(data)) {
        content.unreadable.push({ file: show(path), reason: '应为 YAML 列表（每条以“- ”开头）' });
        return;
      }
      data.forEach((item, index) => into.push({ file: show(path), label: entryLabel(item, index), data: item }));
    } catch (error) {
      content.unreadable.push({ file: show(path), reason: (error as Error).message.split('\n')[0] ?? '无法读取' });
    }
  }

  await yamlArray('cities.yaml', content.cities);
  await yamlArray('schools.yaml', content.schools);
  await yamlArray('colleges.yaml', content.colleges);
  await yamlArray('majors.yaml', content.majors);
  await yamlArray('statistics.yaml', content.statistics);
  await yamlArray('facts.yaml', content.facts);
  await yamlArray('charts.yaml', content.charts);
  await yamlArray('qualifiers.yaml', content.qualifiers);
  await yamlArray('search-terms.yaml', content.searchTerms);
  {
    const path = join(dir, 'site.yaml');
    try {
      content.site = { file: show(path), label: 'site', data: parse(await readFile(path, 'utf8')) };
    } catch (error) {
      content.unreadable.push({ file: show(path), reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? '缺少 content/site.yaml（本站设置）' : ((error as Error).message.split('\n')[0] ?? '无法读取') });
    }
  }

  for (const name of await listFiles(join(dir, 'five-year-lists'), '.yaml')) {
    const path = join(dir, 'five-year-lists', name);
    try {
      content.lists.push({ file: show(path), label: name.replace(/\.yaml$/, ''), data: parse(await readFile(path, 'utf8')) });
    } catch (error) {
      content.unreadable.push({ file: show(path), reason: (error as Error).message.split('\n')[0] ?? '无法读取' });
    }
  }

  for (const [folder, into] of [['policies', content.policies], ['explainers', content.explainers]] as const) {
    for (const name of await listFiles(join(dir, folder), '.mdx')) {
      const path = join(dir, folder, name);
      const parts = splitFrontmatter(await readFile(path, 'utf8'));
      if (!parts) {
        content.unreadable.push({ file: show(path), reason: '缺少以 --- 开头和结尾的 frontmatter' });
        continue;
      }
      try {
        into.push({ file: show(path), label: name.replace(/\.mdx$/, ''), data: parse(parts.frontmatter), body: parts.body });
      } catch (error) {
        content.unreadable.push({ file: show(path), reason: (error as Error).message.split('\n')[0] ?? '无法读取' });
      }
    }
  }
  return content;
}
