import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * The checker's errors for a folder of pages. Java runs with its quick compiler only (C1): for a
 * run of a few seconds it spends well under half the CPU time of the default (2.6 against 6.1
 * core-seconds here), and needs a larger thread stack to evaluate the HTML schema.
 */
function vnuErrors(dir: string): string[] {
  const run = spawnSync('java', ['-Xss4m', '-XX:TieredStopAtLevel=1', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  expect(run.error, "java could not run: install Debian's default-jre-headless (.ci/run does)").toBeUndefined();
  const report = JSON.parse(run.stderr || run.stdout) as { version?: string; messages: VnuMessage[] };
  expect(report.version, 'the checker ran').toEqual(expect.any(String));
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${m.url.replace(/^.*?\/dist\//, '/')}:${m.lastLine ?? '?'} ${m.message}`);
}

describe('HTML validity (Nu Html Checker)', () => {
  it('reports no error on any built page', () => {
    expect(vnuErrors(DIST)).toEqual([]);
    expect(builtPages().length).toBeGreaterThan(100);
  });

  it('finds the error in a small broken page (a script after </html>, as pages once had)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    try {
      writeFileSync(
        join(dir, 'broken.html'),
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body><p>x</p></body></html><script src="/a.js"></script>',
      );
      expect(vnuErrors(dir).join('\n')).toMatch(/broken\.html:1 Stray start tag “script”/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
