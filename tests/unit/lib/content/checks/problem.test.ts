import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../../src/lib/content/checks/problem.ts';

describe('formatProblems', () => {
  it('names the file, the entry, the field and what was expected on one line each', () => {
    const text = formatProblems([{ file: 'schools.yaml', entry: '第3条（id: x）', field: 'city', expected: '应为城市 id' }]);
    expect(text).toContain('共 1 处');
    expect(text).toContain('schools.yaml › 第3条（id: x） › city：应为城市 id');
  });
});
