import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/dist.ts';

// The Nu Html Checker (vnu-jar from npm) on Debian's Java, over every built page in one run.
const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  lastLine?: number;
}

describe('HTML validity (Nu Html Checker)', () => {
  it('reports no error on any built page', () => {
    const run = spawnSync('java', ['-Xss1m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', DIST], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
    expect(run.error, "java could not run: install Debian's default-jre-headless (.ci/run does)").toBeUndefined();
    const { messages } = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${m.url.replace(/^.*?\/dist\//, '/')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
    expect(builtPages().length).toBeGreaterThan(100);
  });
});
