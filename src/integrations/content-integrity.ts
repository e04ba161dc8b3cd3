import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { contentOf, forgetContent } from '../content/read.ts';
import { checkContent, formatProblems } from '../lib/content/checks/index.ts';

/** Thrown when the content fails its checks; its message lists every problem. */
export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError';
}

/**
 * Reads the whole content folder once (src/content/read.ts) and checks it before Astro loads it
 * (schemas, references, duplicates, the list's counts, every quote); stops the build or dev server
 * with one readable message. Under `astro dev`, a changed content file makes the next reader read
 * the folder again.
 */
export function contentIntegrity(contentDir: string): AstroIntegration {
  const dir = resolve(contentDir);
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const problems = checkContent(await contentOf(dir));
        if (problems.length > 0) {
          const error = new ContentIntegrityError(formatProblems(problems));
          error.stack = error.message;
          throw error;
        }
        logger.info('内容校验通过');
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(dir);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(dir + sep)) return;
          forgetContent(dir);
          void contentOf(dir).then((content) => {
            const problems = checkContent(content);
            if (problems.length > 0) logger.error(formatProblems(problems));
          });
        });
      },
    },
  };
}
