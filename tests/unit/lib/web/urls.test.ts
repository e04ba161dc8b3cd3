import { describe, expect, it } from 'vitest';
import { normaliseBase, siteUrl } from '../../../../src/lib/web/urls.ts';

describe('siteUrl', () => {
  it('joins paths to the base, at the root and under a sub-path', () => {
    expect(siteUrl('policies/opinion-2023/', '/')).toBe('/policies/opinion-2023/');
    expect(siteUrl('/policies/opinion-2023/#clause-6', '/zhijiao')).toBe('/zhijiao/policies/opinion-2023/#clause-6');
    expect(siteUrl('', '/zhijiao/')).toBe('/zhijiao/');
  });
  it('normalises the base to leading and trailing slashes', () => {
    expect(normaliseBase('zhijiao')).toBe('/zhijiao/');
    expect(normaliseBase('//')).toBe('/');
  });
});
