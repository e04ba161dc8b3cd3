import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserEndpoint: string;
  }
}

/**
 * Serves the built dist/ on 127.0.0.1 for the browser tests (a free port each run), and starts the
 * one headless Chromium (Debian's, never a downloaded one) that every test file connects to.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ 不存在：请先运行 npm run build（npm test 会自动构建）');
  const { server, url } = await startServer({ root: 'dist', base: process.env.BASE_PATH || '/', port: 0 });
  const browser = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, host: '127.0.0.1' });
  project.provide('baseUrl', url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  };
}
