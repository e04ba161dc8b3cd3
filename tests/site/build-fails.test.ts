import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { failingPlace } from '../../scripts/build.mjs';
import { buildEnv, command, oneBuildAtATime } from '../helpers/build-env.ts';
import { contentCopy } from '../helpers/content.ts';

describe('a broken content file stops the real build', () => {
  // The one broken fixture kept on disk: the real build must stop on it.
  const copy = contentCopy({ 'five-year-lists/2025.yaml': (t) => t.replace('college: shanxi-tiedao-zhiye-jishu-xueyuan', 'college: shanxi-tiedao-xueyuan') });
  afterAll(() => copy.cleanup());

  it('exits non-zero and says which file, entry and field, and what was expected', () => {
    const result = oneBuildAtATime(() => command(['astro', 'build', '--outDir', `${copy.dir}-dist`], { CONTENT_DIR: copy.dir, LOCAL_PREVIEW: '1' }, 120_000));
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('内容校验失败');
    expect(output).toMatch(/five-year-lists\/2025\.yaml › 序号 1 › pairs\.0\.college：应为 colleges\.yaml 中的学校 id，实际为“shanxi-tiedao-xueyuan”/);
  });
});

describe('a build that fails late keeps the last good site', () => {
  // An MDX syntax error passes the content checks and stops Astro while it bundles, after Astro has
  // emptied its output folder: `npm run build` builds beside dist/ and swaps only on success.
  const copy = contentCopy({ 'explainers/five-year-programs.mdx': (t) => t.replace('## 五年怎么读', '## 五年怎么读\n\n学制 <5 年 的说法') });
  const out = `${copy.dir}-site`;
  afterAll(() => {
    copy.cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  it('names the file and line, and leaves the previous build whole', () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(`${out}/index.html`, 'the last good build');
    const result = oneBuildAtATime(() =>
      spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
        env: buildEnv({ CONTENT_DIR: copy.dir, LOCAL_PREVIEW: '1' }),
        encoding: 'utf8',
        timeout: 120_000,
      }),
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(/构建失败（astro build）。出错的位置：\S*explainers\/five-year-programs\.mdx 第\d+行/);
    expect(output).toContain('保留上一次成功的构建');
    expect(readFileSync(`${out}/index.html`, 'utf8')).toBe('the last good build');
    expect(existsSync(`${out}.next`)).toBe(false);
  });

  it('reads the place from the output of Vite and of the content checks', () => {
    expect(failingPlace('\u001b[31m/tmp/c/explainers/a.mdx:31:50\u001b[39m Unexpected character')).toMatchObject({ line: 31, column: 50 });
    expect(failingPlace('at content/schools.yaml:12 bad')).toEqual({ file: 'content/schools.yaml', line: 12, column: null });
    expect(failingPlace('no place here')).toBeNull();
  });
});
