import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file under `dir` whose name ends with one of `extensions`. */
function files(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.some((e) => f.endsWith(e)))
    .map((f) => join(dir, f));
}

/** The names a file imports from `module` (`import { a, b } from 'module'`). */
function namesImported(text: string, module: string): string[] {
  return [...text.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]${module}['"]`, 'g'))].flatMap((m) =>
    (m[1] ?? '')
      .split(',')
      .map((n) => n.trim().replace(/^type\s+/, ''))
      .filter(Boolean),
  );
}

describe('layers: content reaches pages one way', () => {
  const pagesAndComponents = [...files('src/pages', ['.astro', '.ts']), ...files('src/components', ['.astro', '.ts'])];

  it('finds the files it checks', () => {
    expect(pagesAndComponents.length).toBeGreaterThan(20);
    expect(namesImported("import { getCollection, render } from 'astro:content';", 'astro:content')).toEqual(['getCollection', 'render']);
  });

  it('pages and components take content from src/data, and only render (compile a document) from astro:content', () => {
    const offenders = pagesAndComponents.flatMap((file) =>
      namesImported(readFileSync(file, 'utf8'), 'astro:content')
        .filter((name) => name !== 'render' && name !== 'CollectionEntry')
        .map((name) => `${file}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no file but the content reader reads the content folder itself', () => {
    const readers = files('src', ['.ts', '.astro', '.mjs'])
      .filter((file) => !file.startsWith(join('src', 'content')))
      .filter((file) => /CONTENT_DIR|readFileSync\([^)]*content/.test(readFileSync(file, 'utf8')));
    expect(readers).toEqual([]);
  });
});
