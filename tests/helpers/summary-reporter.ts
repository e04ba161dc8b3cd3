import type { Reporter, TestModule } from 'vitest/node';

/** Prints a plain closing line, "vitest: N passed, N failed[, N skipped]", for CI logs. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules)
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    const failedModules = testModules.filter((m) => m.state() === 'failed' && !m.children.size).length;
    process.stdout.write(`\nvitest: ${passed} passed, ${failed + failedModules} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
