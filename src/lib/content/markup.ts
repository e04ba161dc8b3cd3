// What HTML a document or explainer may write in its body. Markdown and MDX pass raw HTML through
// to the page, so a `<script>`, an `onerror=` or a `javascript:` link in a content file would reach
// readers' browsers (the CSP blocks them, but a page must not depend on that). The build refuses
// anything outside this allowlist, naming the file, the line and what was found.

/** Elements a body may write (what the documents' layout needs: tables, the signature, sections). */
export const ALLOWED_ELEMENTS = new Set(
  'p div span a br strong em b i u sub sup small mark abbr time table thead tbody tfoot tr th td caption colgroup col ul ol li dl dt dd h2 h3 h4 h5 h6 blockquote section aside figure figcaption hr details summary'.split(' '),
);

/** Attributes any allowed element may carry; `aria-*` attributes are allowed too. */
export const ALLOWED_ATTRIBUTES = new Set('id class href title lang scope colspan rowspan headers datetime role tabindex data-five-year-list'.split(' '));

/** URL schemes a link may use; a link without a scheme (a path, `#anchor`) is allowed. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** One thing in a body that the allowlist refuses. */
export interface MarkupProblem {
  /** 1-based line in the body. */
  line: number;
  /** What was found, as written (shortened). */
  found: string;
  /** What is allowed instead, in words for an editor. */
  expected: string;
}

/** A URL's scheme as a browser reads it: entities decoded, spaces and control characters dropped. */
export function urlScheme(url: string): string | null {
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(decoded);
  return match?.[1] ? match[1].toLowerCase() : null;
}

const urlAllowed = (url: string) => {
  const scheme = urlScheme(url);
  return scheme === null || ALLOWED_SCHEMES.has(scheme);
};

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

const TAG = /<(?!!--)(\/?)([A-Za-z][\w.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\})|([^\s>]+)))?/g;
const MARKDOWN_LINK = /\]\(\s*<?([^)\s>]+)/g;
const AUTOLINK = /<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi;

/**
 * The markup in a body that the allowlist refuses: elements outside it, attributes outside it
 * (every `on…` handler, `style`), and links whose scheme is not http, https or mailto, in HTML or
 * in Markdown. Capitalised tags are MDX components, checked elsewhere.
 */
export function unsafeMarkup(body: string): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const text = body.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  for (const tag of text.matchAll(TAG)) {
    const [whole, closing, name = '', attributes = ''] = tag;
    // Capitalised: an MDX component (checked elsewhere); a closing tag: its opening one is reported.
    if (/^[A-Z]/.test(name) || closing) continue;
    const line = lineAt(text, tag.index);
    if (!ALLOWED_ELEMENTS.has(name.toLowerCase())) {
      problems.push({ line, found: short(whole), expected: `正文不能使用 <${name}> 元素；可用的 HTML 元素见 src/lib/content/markup.ts（表格、段落、标题、链接等）` });
      continue;
    }
    for (const attribute of attributes.matchAll(ATTRIBUTE)) {
      const key = (attribute[1] ?? '').toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? attribute[5] ?? '';
      if (!ALLOWED_ATTRIBUTES.has(key) && !key.startsWith('aria-'))
        problems.push({
          line,
          found: short(whole),
          expected: key.startsWith('on') ? `正文不能写事件处理属性 ${key}（会执行脚本）` : `正文的 HTML 不能使用属性 ${key}；可用的属性见 src/lib/content/markup.ts`,
        });
      else if (key === 'href' && !urlAllowed(value))
        problems.push({ line, found: short(whole), expected: `链接只能是站内地址或 http、https、mailto 地址，不能是“${urlScheme(value)}:”` });
    }
  }
  for (const link of [...text.matchAll(MARKDOWN_LINK), ...text.matchAll(AUTOLINK)]) {
    const url = link[1] ?? '';
    if (!urlAllowed(url))
      problems.push({ line: lineAt(text, link.index), found: short(link[0]), expected: `链接只能是站内地址或 http、https、mailto 地址，不能是“${urlScheme(url)}:”` });
  }
  // A Markdown link written with angle brackets (`[a](<data:…>)`) is also read as an autolink: one problem.
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.line}|${p.expected}`;
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .sort((a, b) => a.line - b.line);
}
