import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainCsvPath } from '../lib/domain/open-data.ts';

/**
 * After the build: beside every open-data CSV (UTF-8 with a byte-order mark, so that Excel opens
 * the Chinese correctly), its plain UTF-8 twin for programs and data-package readers, named by
 * `plainCsvPath`. The pages link the Excel files; /data/datapackage.json lists the twins.
 */
export function plainCsv(): AstroIntegration {
  return {
    name: 'plain-csv',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const data = join(fileURLToPath(dir), 'data');
        const files = (await readdir(data, { recursive: true, encoding: 'utf8' }).catch(() => [] as string[])).filter(
          (f) => f.endsWith('.csv') && plainCsvPath(f) !== f && !f.endsWith('.utf8.csv'),
        );
        await Promise.all(
          files.map(async (file) => {
            const text = await readFile(join(data, file), 'utf8');
            await writeFile(join(data, plainCsvPath(file)), text.replace(/^\uFEFF/, ''));
          }),
        );
      },
    },
  };
}
