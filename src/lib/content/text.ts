/** Removes every kind of white space, so texts can be compared regardless of line wrapping. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : null;
}
