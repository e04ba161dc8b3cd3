import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST, readCsv } from '../helpers/dist.ts';

// The data package is checked the way a validator would: every file it lists exists, its headings
// or keys are exactly the fields described, in order for CSV, and every value fits its field's
// type and allowed values. The contract itself (names, headings, types) lives in content/open-data.yaml.
interface Field {
  name: string;
  type: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  format: 'csv' | 'json';
  schema: { fields: Field[] };
}
const pkg = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8')) as { profile: string; resources: Resource[] };

function fits(field: Field, value: unknown, csv: boolean): boolean {
  if (value === '' || value === null) return field.type === 'string' || csv;
  if (field.constraints?.enum && !field.constraints.enum.includes(String(value))) return false;
  switch (field.type) {
    case 'integer':
      return csv ? /^-?\d+$/.test(String(value)) : Number.isInteger(value);
    case 'number':
      return csv ? /^-?\d+(\.\d+)?$/.test(String(value)) : typeof value === 'number';
    case 'boolean':
      return csv ? [...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(String(value)) : typeof value === 'boolean';
    case 'object':
      return typeof value === 'object';
    default:
      return typeof value === 'string';
  }
}

describe('/data/datapackage.json', () => {
  it('is a tabular data package listing every CSV and JSON file the site publishes', () => {
    expect(pkg.profile).toBe('data-package');
    const paths = pkg.resources.map((r) => r.path);
    for (const file of [
      'five-year-programs.utf8.csv',
      'five-year-programs.json',
      'five-year-programs-2025.utf8.csv',
      'five-year-programs-2025.json',
      'statistics.utf8.csv',
      'statistics.json',
      'charts/five-year-by-category.utf8.csv',
    ])
      expect(paths).toContain(file);
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    for (const r of pkg.resources) expect(existsSync(join(DIST, 'data', r.path)), r.path).toBe(true);
  });

  it.each(pkg.resources.map((r) => [r.path, r] as const))('%s fits its schema', (_path, resource) => {
    const fields = resource.schema.fields;
    if (resource.format === 'csv') {
      // The package lists the plain UTF-8 twin; the file the pages link (for Excel) is the same after its byte-order mark.
      const text = readFileSync(join(DIST, 'data', resource.path), 'utf8');
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(readFileSync(join(DIST, 'data', resource.path.replace(/\.utf8\.csv$/, '.csv')), 'utf8')).toBe(`\uFEFF${text}`);
      expect(text.split('\r\n')[0]?.split(',')).toEqual(fields.map((f) => f.name));
      const rows = readCsv(join(DIST, 'data', resource.path));
      expect(rows.length).toBeGreaterThan(0);
      for (const [i, row] of rows.entries()) for (const f of fields) expect(fits(f, row[f.name], true), `第${i + 2}行 ${f.name}=“${row[f.name]}”`).toBe(true);
    } else {
      const rows = JSON.parse(readFileSync(join(DIST, 'data', resource.path), 'utf8')) as Record<string, unknown>[];
      expect(rows.length).toBeGreaterThan(0);
      for (const [i, row] of rows.entries()) {
        expect(Object.keys(row).sort(), `第${i + 1}条`).toEqual(fields.map((f) => f.name).sort());
        for (const f of fields) expect(fits(f, row[f.name], false), `第${i + 1}条 ${f.name}=${JSON.stringify(row[f.name])}`).toBe(true);
      }
    }
  });

  it('describes every field the contract lists, with a Chinese heading for people and the English key for programs', () => {
    const contract = parse(readFileSync('content/open-data.yaml', 'utf8')) as { id: string; fields: { name: string; title: string }[] }[];
    const stats = pkg.resources.find((r) => r.path === 'statistics.utf8.csv');
    expect(stats?.schema.fields.map((f) => f.name)).toEqual(contract.find((d) => d.id === 'statistics')?.fields.map((f) => f.title));
    expect(pkg.resources.find((r) => r.path === 'statistics.json')?.schema.fields.map((f) => f.name)).toContain('source');
  });
});
