import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../helpers/build-env.ts';
import { contentCopy } from '../helpers/content.ts';

describe('a broken content file stops the real build', () => {
  // The one broken fixture kept on disk: the real build must stop on it.
  const copy = contentCopy({ 'five-year-lists/2025.yaml': (t) => t.replace('college: shanxi-tiedao-zhiye-jishu-xueyuan', 'college: shanxi-tiedao-xueyuan') });
  afterAll(() => copy.cleanup());

  it('exits non-zero and says which file, entry and field, and what was expected', () => {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', `${copy.dir}-dist`], {
      env: buildEnv({ CONTENT_DIR: copy.dir, LOCAL_PREVIEW: '1' }),
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('内容校验失败');
    expect(output).toMatch(/five-year-lists\/2025\.yaml › 序号 1 › pairs\.0\.college：应为 colleges\.yaml 中的学校 id，实际为“shanxi-tiedao-xueyuan”/);
  });
});
