import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The environment for a real build or npm command started from a test: without the variables Vitest
 * sets (its BASE_URL=/ would override Astro's base, its NODE_ENV and MODE would change the build).
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of Object.keys(env)) if (['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key) || key.startsWith('VITEST')) delete env[key];
  return env;
}

/**
 * Runs a command as an editor would type it (`npm run …`, `astro build …`, `pagefind …`), in the
 * environment of buildEnv: npm itself, or the project's own binary from node_modules/.bin, without
 * the npx in between (a second npm started for every command).
 */
export function command([name, ...args]: string[], env: Record<string, string> = {}, timeout = 300_000): SpawnSyncReturns<string> {
  const file = name === 'npm' ? 'npm' : join('node_modules', '.bin', name!);
  return spawnSync(file, args, { env: buildEnv(env), encoding: 'utf8', timeout });
}

/**
 * Runs `build` (a real build started from a test) while no other test's build runs. Builds of one
 * project share `.astro/.prerender`, and two at once read each other's chunks: seen when the
 * next-year and list-with-plans builds overlapped (ERR_MODULE_NOT_FOUND for a chunk of the other).
 * The lock is a file naming the process that holds it; a lock whose process is gone is taken over.
 */
export function oneBuildAtATime<T>(build: () => T): T {
  const lock = join('node_modules', '.cache', 'test-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8'));
      if (!alive(holder)) rmSync(lock, { force: true });
      else Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    return build();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Whether process `pid` is still running (signal 0 only asks). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
