import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The Frictionless project's own JavaScript reader (datapackage 1.x with tableschema): a real tool
// reading the package as a newsroom's script would, not the project's own checks.
// @ts-expect-error the package ships no types
import { Package } from 'datapackage';
import { DIST } from '../helpers/dist.ts';

interface Resource {
  name: string;
  tabular: boolean;
  descriptor: { path: string; format: string; profile: string };
  read(options: { keyed: boolean; cast: boolean }): Promise<Record<string, unknown>[]>;
}
interface LoadedPackage {
  valid: boolean;
  errors: Error[];
  resources: Resource[];
  descriptor: { profile: string };
}

const pkg = (await Package.load(join(DIST, 'data/datapackage.json'), { strict: true })) as LoadedPackage;
const tabular = pkg.resources.filter((r) => r.tabular);

describe('a real Frictionless reader (npm datapackage) reads the open data', () => {
  it('finds the descriptor valid', () => {
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });

  it('takes every CSV as a tabular resource and every JSON file as a data resource', () => {
    expect(tabular.length).toBeGreaterThan(10);
    for (const r of pkg.resources) expect(r.tabular, r.descriptor.path).toBe(r.descriptor.format === 'csv');
  });

  it.each(tabular.map((r) => [r.descriptor.path, r] as const))('reads %s and casts every row to its schema', async (_path, resource) => {
    const rows = await resource.read({ keyed: true, cast: true });
    expect(rows.length).toBeGreaterThan(0);
    for (const key of Object.keys(rows[0] ?? {})) expect(key.charCodeAt(0), key).not.toBe(0xfeff);
  });
});
