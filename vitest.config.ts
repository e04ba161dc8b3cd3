import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on the source alone; `site` runs against the built dist/ (the
// built-site checks and the browser tests in Debian's Chromium), so `npm test` builds in between.
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Files share their worker and its module cache instead of a fresh process each: no test
          // changes the environment, globals or a module's state, and both projects pass in any file
          // order (checked with --sequence.shuffle.files). Unit tests: 5 core-seconds instead of 15.
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 2,
          // As for the unit tests (above): 189 core-seconds instead of 208, mostly imports.
          isolate: false,
        },
      },
    ],
  },
});
