import type { AstroIntegration } from 'astro';
import { readContent } from '../lib/content-files.ts';
import { checkContent, formatProblems } from '../lib/integrity.ts';

/** Thrown when the content fails its checks; its message lists every problem. */
export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError';
}

/**
 * Checks the whole content folder before Astro loads it (schemas, references, duplicates, the
 * list's counts, every quote) and stops the build or dev server with one readable message.
 */
export function contentIntegrity(contentDir: string): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const problems = checkContent(await readContent(contentDir));
        if (problems.length > 0) {
          const error = new ContentIntegrityError(formatProblems(problems));
          error.stack = error.message;
          throw error;
        }
        logger.info('内容校验通过');
      },
    },
  };
}
