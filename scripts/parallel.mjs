// Runs npm scripts side by side and fails if any fails. An argument joined with `+` is a chain whose
// scripts run one after another, stopping at the first that fails: `npm test` runs `check+build:test`
// (the build shares .astro/ with the type check, so it waits for it) beside the lint and the unit
// tests (neither reads what the other two write). Each script's output is printed whole when it ends,
// so it reads as if run alone.
// Usage: node scripts/parallel.mjs <npm script>[+<npm script>…] …
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('用法：node scripts/parallel.mjs <npm 脚本名> …');
  process.exit(2);
}

/** One npm script, its output printed whole when it ends; resolves to whether it passed. */
const run = (name) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', name], { env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n── npm run ${name} (${seconds} s) ──\n${Buffer.concat(output).toString()}`);
      if (code !== 0) process.stdout.write(`── npm run ${name} 失败（退出码 ${code}）──\n`);
      resolve(code === 0);
    });
  });

/** A chain `a+b+c`: each script once the one before has passed. */
async function chain(names) {
  for (const name of names) if (!(await run(name))) return false;
  return true;
}

const ok = await Promise.all(names.map((arg) => chain(arg.split('+'))));
process.exit(ok.every(Boolean) ? 0 : 1);
