import { fileURLToPath } from 'node:url';
import { contentRead } from '../content/read.ts';
import { clauseLabel, NUMBERED, treeClauseIds, type ClauseLabel, type DocumentNode } from '../lib/content/clause-ids.ts';
import { citationIndex } from '../lib/content/explainer-citations.ts';
import { siteUrl } from '../lib/web/urls.ts';

/** The part of Sätteri's hast plugin interface this plugin uses. */
interface HastContext {
  setProperty(node: unknown, key: string, value: unknown): void;
  textContent(node: unknown): string;
  appendChild(node: unknown, child: unknown): void;
  replaceNode(node: unknown, replacement: unknown[]): void;
}

/** Which explainers cite each clause, from the explainers src/content/read.ts read (once per read). */
const citationsByRead = new WeakMap<object, ReturnType<typeof citationIndex>>();
function citations(contentDir: string) {
  const content = contentRead(contentDir);
  let index = citationsByRead.get(content);
  if (!index) {
    index = citationIndex(content.explainers.map((e) => ({ id: e.label, title: (e.data as { title?: string } | null)?.title ?? e.label, body: e.body ?? '' })));
    citationsByRead.set(content, index);
  }
  return index;
}

const el = (tagName: string, properties: Record<string, unknown>, children: unknown[]) => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text', value });

/**
 * Sätteri hast plugin for Astro 7's Markdown/MDX processor. On a policy document it gives every
 * numbered heading and paragraph its stable anchor (see clauseIds) and the path a citation names
 * (data-cite, e.g. “二、4”), and makes the printed number itself (“（三）”) a link to the clause, which
 * works without script. The links to the explainers that cite the clause follow it. The page script
 * adds “链接/引用” (copy link, copy citation) to each clause: those controls only work with script,
 * so they are not in the HTML.
 */
export function clauseToolsPlugin(contentDir: string, base: string) {
  return (factory: { fileURL: URL | undefined }) => {
    const path = factory.fileURL ? fileURLToPath(factory.fileURL) : '';
    const docId = /[\\/]policies[\\/]([a-z0-9-]+)\.md$/.exec(path)?.[1];
    const explainers = docId ? (citations(contentDir).get(docId) ?? new Map()) : new Map();
    let queue: { id: string; label: ClauseLabel }[] = [];
    let part = '';
    return {
      name: 'clause-tools',
      before(root: unknown) {
        queue = treeClauseIds(root as DocumentNode);
        part = '';
      },
      element: {
        filter: NUMBERED,
        visit(node: { properties?: Record<string, unknown>; children?: readonly { type: string; value?: string }[] }, ctx: HastContext) {
          const label = clauseLabel(ctx.textContent(node));
          if (!label) return;
          const next = queue.shift();
          if (!next || typeof node.properties?.['id'] === 'string') return;
          if (label.kind === 'part') part = label.printed;
          const cite =
            label.kind === 'part'
              ? label.printed
              : label.kind === 'clause' && !next.id.startsWith('part-')
                ? label.printed
                : `${part}${label.printed.replace(/[.．]$/, '')}`;
          ctx.setProperty(node, 'id', next.id);
          ctx.setProperty(node, 'dataCite', cite);
          const existing = node.properties?.['className'];
          ctx.setProperty(node, 'className', [...(Array.isArray(existing) ? existing : []), 'clause']);
          if (!docId) return;
          // The printed number becomes the link; were it not plain leading text (say, in bold), a
          // plain 本条链接 follows the clause instead.
          const first = node.children?.[0];
          const value = first?.type === 'text' ? (first.value ?? '') : '';
          const at = value.indexOf(label.printed);
          const labelled = Boolean(first) && at >= 0 && value.slice(0, at).trim() === '';
          if (labelled)
            ctx.replaceNode(first, [
              ...(at > 0 ? [text(value.slice(0, at))] : []),
              el('a', { className: ['clause-label'], href: `#${next.id}` }, [text(label.printed)]),
              text(value.slice(at + label.printed.length)),
            ]);
          const related = (explainers.get(next.id) ?? []) as { id: string; title: string }[];
          const plain = labelled
            ? []
            : [text(' '), el('a', { className: ['clause-anchor'], href: `#${next.id}`, ariaLabel: `本条链接：${cite}` }, [text('本条链接')])];
          const explained = related.flatMap((e) => [
            text(' '),
            el('a', { className: ['clause-explainer'], href: siteUrl(`explainers/${e.id}/`, base) }, [text(`解读：${e.title}`)]),
          ]);
          if (plain.length + explained.length === 0) return;
          ctx.appendChild(node, el('span', { className: ['clause-tools'], dataPagefindIgnore: 'all' }, [...plain, ...explained]));
        },
      },
    };
  };
}
