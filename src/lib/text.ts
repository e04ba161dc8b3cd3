/** Removes every kind of white space, so texts can be compared regardless of line wrapping. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/**
 * The reading text of an MDX document body: import/export lines, JSX tags, markdown markers and
 * escapes removed. Used to check that quotes really are in the document.
 */
export function mdxPlainText(body: string): string {
  return body
    .split('\n')
    .filter((line) => !/^\s*(import|export)\s/.test(line))
    .join('\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\*\*|__/g, '');
}

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : null;
}
