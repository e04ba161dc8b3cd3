import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built dist/ on 127.0.0.1 for the browser tests (a free port each run). */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ 不存在：请先运行 npm run build（npm test 会自动构建）');
  const { server, url } = await startServer({ root: 'dist', base: process.env.BASE_PATH || '/', port: 0 });
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
