// The one way content enters the program: Astro's collections (src/content/loaders.ts), the
// integrity check (src/integrations/content-integrity.ts), the clause plugin and the data loaders all
// take what `contentOf` read, once per build.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { htmlToHast, markdownToHast } from 'satteri';
import { parse } from 'yaml';
import { documentOutline, type DocumentNode, type DocumentOutline } from '../lib/content/clause-ids.ts';
import { splitFrontmatter } from '../lib/content/text.ts';
import type { RawContent, RawEntry } from '../lib/content/raw.ts';

/** The Markdown features the pages are rendered with (astro.config.mjs passes the same to Astro's Sätteri pipeline). */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: false } as const;

/**
 * A document body's outline (blocks, anchors, section titles: src/lib/content/clause-ids.ts), parsed with
 * the same Markdown pipeline and features as the page. The HTML written in the document (`<p id="intro">`,
 * the signature block) comes out of Markdown as raw HTML; it is parsed here so the checks see its words
 * and ids (the page's clause numbering leaves it alone, as the clause plugin does: see `numberedUnits`).
 */
export function parseDocument(body: string): DocumentOutline {
  const tree = markdownToHast(body, { position: false, features: MARKDOWN_FEATURES }) as DocumentNode;
  return documentOutline(withRawHtmlParsed(tree));
}

function withRawHtmlParsed(node: DocumentNode): DocumentNode {
  if (node.type === 'raw' && typeof node.value === 'string')
    return { type: 'raw', children: (htmlToHast(node.value, { fragment: true }) as DocumentNode).children ?? [] };
  return node.children ? { ...node, children: node.children.map(withRawHtmlParsed) } : node;
}

// The types of what is read live with the checks that take them (src/lib/content/raw.ts).
export type { RawContent, RawEntry } from '../lib/content/raw.ts';

/**
 * The largest content file the build reads, in bytes. A document or explainer is indexed whole by
 * Pagefind, whose time grows with the square of a page's size (1.1 MB: 3 s; 4.7 MB: 58 s); the
 * largest today is 19 KB. A table (YAML) is read whole; the largest today is 40 KB, and the
 * 300-fold scale content stays well under the limit.
 */
export const SIZE_LIMITS = { document: 1024 * 1024, table: 16 * 1024 * 1024 } as const;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

/** Why a file is too large to read, or null. */
async function tooLarge(path: string, kind: keyof typeof SIZE_LIMITS): Promise<string | null> {
  const size = (await stat(path).catch(() => null))?.size ?? 0;
  const limit = SIZE_LIMITS[kind];
  if (size <= limit) return null;
  const what = kind === 'document' ? '文件或解读（全文建搜索索引，过大会让构建停滞）' : 'YAML 数据文件';
  return `文件过大（${megabytes(size)}），${what}上限为 ${megabytes(limit)}；请检查是否误粘贴了大段内容，或拆分文件`;
}

/** A YAML parse error as one line for an editor: what is wrong and where. */
function yamlProblem(error: unknown): string {
  const first = (error as Error).message.split('\n')[0] ?? '无法读取';
  return (error as { name?: string }).name?.startsWith('YAML') ? `YAML 语法错误：${first}` : first;
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

/**
 * Reads the content folder `dir` (paths in messages are relative to `root`). `outlines: false` leaves
 * out the documents' outlines (their Markdown parsed), for a reader that needs only the data: the
 * importers.
 */
export async function readContent(dir: string, root = process.cwd(), { outlines = true } = {}): Promise<RawContent> {
  const content: RawContent = {
    cities: [], schools: [], colleges: [], majors: [], statistics: [], facts: [], charts: [], lists: [], policies: [], explainers: [], qualifiers: [], searchTerms: [], openData: [], questions: [], officialChannels: [], changes: [], site: null,
    seeds: await listFiles(join(dir, 'seeds'), '.txt'),
    catalogue: null,
    unreadable: [],
  };
  const show = (path: string) => relative(root, path) || path;

  async function yamlArray(name: string, into: RawEntry[]) {
    const path = join(dir, name);
    const large = await tooLarge(path, 'table');
    if (large) return void content.unreadable.push({ file: show(path), reason: large });
    try {
      const data: unknown = parse(await readFile(path, 'utf8'));
      if (!Array.isArray(data)) {
        content.unreadable.push({ file: show(path), reason: '应为 YAML 列表（每条以“- ”开头）' });
        return;
      }
      data.forEach((item, index) => into.push({ file: show(path), label: entryLabel(item, index), data: item }));
    } catch (error) {
      content.unreadable.push({ file: show(path), reason: yamlProblem(error) });
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
  await yamlArray('open-data.yaml', content.openData);
  await yamlArray('questions.yaml', content.questions);
  await yamlArray('official-channels.yaml', content.officialChannels);
  await yamlArray('changes.yaml', content.changes);
  {
    const path = join(dir, 'site.yaml');
    try {
      content.site = { file: show(path), label: 'site', data: parse(await readFile(path, 'utf8')) };
    } catch (error) {
      content.unreadable.push({ file: show(path), reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? '缺少 content/site.yaml（本站设置）' : yamlProblem(error) });
    }
  }

  {
    const path = join(dir, 'catalogue', '2021.tsv');
    const large = await tooLarge(path, 'table');
    if (large) content.unreadable.push({ file: show(path), reason: large });
    else
      try {
        content.catalogue = { file: show(path), text: await readFile(path, 'utf8') };
      } catch {
        content.unreadable.push({ file: show(path), reason: '缺少专业目录 content/catalogue/2021.tsv（导入和构建用它核对专业代码）' });
      }
  }

  for (const name of await listFiles(join(dir, 'five-year-lists'), '.yaml')) {
    const path = join(dir, 'five-year-lists', name);
    const large = await tooLarge(path, 'table');
    if (large) {
      content.unreadable.push({ file: show(path), reason: large });
      continue;
    }
    try {
      content.lists.push({ file: show(path), label: name.replace(/\.yaml$/, ''), data: parse(await readFile(path, 'utf8')) });
    } catch (error) {
      content.unreadable.push({ file: show(path), reason: yamlProblem(error) });
    }
  }

  // Documents are Markdown (rendered as data, no component in them); explainers are MDX (they use components).
  for (const name of await listFiles(join(dir, 'policies'), '.mdx'))
    content.unreadable.push({ file: show(join(dir, 'policies', name)), reason: '政策文件应为 Markdown，扩展名 .md（不是 .mdx）；名单表的写法见 src/lib/content/list-table.ts' });
  for (const [folder, into, extension] of [['policies', content.policies, '.md'], ['explainers', content.explainers, '.mdx']] as const) {
    for (const name of await listFiles(join(dir, folder), extension)) {
      const path = join(dir, folder, name);
      const large = await tooLarge(path, 'document');
      if (large) {
        content.unreadable.push({ file: show(path), reason: large });
        continue;
      }
      const source = await readFile(path, 'utf8');
      const parts = splitFrontmatter(source);
      if (!parts) {
        content.unreadable.push({ file: show(path), reason: '缺少以 --- 开头和结尾的 frontmatter' });
        continue;
      }
      let data: unknown;
      try {
        data = parse(parts.frontmatter);
      } catch (error) {
        content.unreadable.push({ file: show(path), reason: `frontmatter 的${yamlProblem(error)}` });
        continue;
      }
      const outline = folder === 'policies' && outlines ? parseDocument(parts.body) : undefined;
      const bodyLine = source.slice(0, source.length - parts.body.length).split('\n').length;
      into.push({ file: show(path), label: name.slice(0, -extension.length), data, body: parts.body, bodyLine, ...(outline ? { outline } : {}) });
    }
  }
  return content;
}

/** The content folder the build reads: CONTENT_DIR (fixtures, the scale benchmark) or content/. */
export const contentDir = () => resolve(process.env['CONTENT_DIR'] || 'content');

// One read per folder and build. Kept on globalThis: Astro's config, its content layer and the
// pages it renders load this module as separate instances, and they must share the one read.
const KEY = Symbol.for('shanxi-zhijiao.content');
const store = globalThis as { [KEY]?: { reads: Map<string, Promise<RawContent>>; done: Map<string, RawContent> } };
const cache = (store[KEY] ??= { reads: new Map(), done: new Map() });

/** The content of `dir` (default: the build's folder), read once and shared by every reader. */
export function contentOf(dir = contentDir()): Promise<RawContent> {
  const key = resolve(dir);
  let read = cache.reads.get(key);
  if (!read) {
    read = readContent(key).then((content) => {
      cache.done.set(key, content);
      return content;
    });
    cache.reads.set(key, read);
  }
  return read;
}

/**
 * What `contentOf` has read, for code that cannot wait (the Markdown plugin runs synchronously).
 * The content-integrity integration reads the folder before any page or document is compiled.
 */
export function contentRead(dir = contentDir()): RawContent {
  const content = cache.done.get(resolve(dir));
  if (!content) throw new Error(`内容目录 ${dir} 还没有读取：contentOf() 应在编译任何文件之前运行（见 src/integrations/content-integrity.ts）。`);
  return content;
}

/**
 * Forgets a folder's read, so the next `contentOf` reads it again (a file changed under `astro dev`).
 * Until that read is in, `contentRead` keeps answering with the previous one, so a document compiled
 * meanwhile does not fail.
 */
export function forgetContent(dir = contentDir()): void {
  cache.reads.delete(resolve(dir));
}
