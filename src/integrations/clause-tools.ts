import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { clauseLabel, NUMBERED, treeClauseIds, type ClauseLabel } from '../lib/clause-ids.ts';
import { citationIndex } from '../lib/explainer-citations.ts';
import { splitFrontmatter } from '../lib/text.ts';
import { siteUrl } from '../lib/urls.ts';
import type { Root } from 'hast';

/** The part of Sätteri's hast plugin interface this plugin uses. */
interface HastContext {
  setProperty(node: unknown, key: string, value: unknown): void;
  textContent(node: unknown): string;
  appendChild(node: unknown, child: unknown): void;
}

function readExplainers(contentDir: string) {
  const dir = join(contentDir, 'explainers');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  } catch {
    return [];
  }
  return files.map((file) => {
    const parts = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
    const title = (parse(parts?.frontmatter ?? '') as { title?: string } | null)?.title ?? file;
    return { id: file.replace(/\.mdx$/, ''), title, body: parts?.body ?? '' };
  });
}

const el = (tagName: string, properties: Record<string, unknown>, children: unknown[]) => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text', value });

/**
 * Sätteri hast plugin for Astro 7's Markdown/MDX processor. On a policy document it gives every
 * numbered heading and paragraph its stable anchor (see clauseIds), its printed label (data-clause)
 * and the path a citation names (data-cite, e.g. “二、4”), and appends a small toolbar: a plain
 * link to the clause (works without script; the page script adds “copy link” and “copy citation”)
 * and links to the explainers that cite the clause.
 */
export function clauseToolsPlugin(contentDir: string, base: string) {
  return (factory: { fileURL: URL | undefined }) => {
    const path = factory.fileURL ? fileURLToPath(factory.fileURL) : '';
    const docId = /[\\/]policies[\\/]([a-z0-9-]+)\.mdx$/.exec(path)?.[1];
    const explainers = docId ? (citationIndex(readExplainers(contentDir)).get(docId) ?? new Map()) : new Map();
    let queue: { id: string; label: ClauseLabel }[] = [];
    let part = '';
    return {
      name: 'clause-tools',
      before(root: unknown) {
        queue = treeClauseIds(root as Root);
        part = '';
      },
      element: {
        filter: NUMBERED,
        visit(node: { properties?: Record<string, unknown> }, ctx: HastContext) {
          const label = clauseLabel(ctx.textContent(node));
          if (!label) return;
          const next = queue.shift();
          if (!next || typeof node.properties?.['id'] === 'string') return;
          if (label.kind === 'part') part = label.printed;
          const cite = label.kind === 'part' ? label.printed : label.kind === 'clause' && !next.id.startsWith('part-') ? label.printed : `${part}${label.printed.replace(/[.．]$/, '')}`;
          ctx.setProperty(node, 'id', next.id);
          ctx.setProperty(node, 'dataClause', label.printed);
          ctx.setProperty(node, 'dataCite', cite);
          const existing = node.properties?.['className'];
          ctx.setProperty(node, 'className', [...(Array.isArray(existing) ? existing : []), 'clause']);
          if (!docId) return;
          const related = (explainers.get(next.id) ?? []) as { id: string; title: string }[];
          ctx.appendChild(
            node,
            el('span', { className: ['clause-tools'], dataPagefindIgnore: 'all' }, [
              text(' '),
              el('a', { className: ['clause-anchor'], href: `#${next.id}`, ariaLabel: `本条链接：${cite}` }, [text('本条链接')]),
              ...related.flatMap((e) => [text(' '), el('a', { className: ['clause-explainer'], href: siteUrl(`explainers/${e.id}/`, base) }, [text(`解读：${e.title}`)])]),
            ]),
          );
        },
      },
    };
  };
}
