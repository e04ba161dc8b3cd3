// Generates a synthetic, national-size content set for the scale benchmark: `factor` copies of
// every city, school, college, program row and document (copies are marked 样例 and placed in
// made-up cities), into `outDir`. Explainers, facts, statistics and charts are kept as they are.
// Usage: node scripts/generate-scale.mjs <factor> <outDir>
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify as yamlStringify } from 'yaml';
import { withoutListTables } from '../src/lib/content/list-table.ts';

// Copies share nested objects (a city's counties); written out in full, not as YAML aliases, which a
// reader caps at 100.
const stringify = (value) => yamlStringify(value, { aliasDuplicateObjects: false });

export function generateScale(factor, outDir, from = 'content') {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(from, outDir, { recursive: true });
  const read = (name) => parse(readFileSync(join(from, name), 'utf8'));
  const suffix = (id, k) => (k === 0 ? id : `${id}-s${k}`);
  const copies = Array.from({ length: factor }, (_, k) => k);

  const cities = read('cities.yaml');
  writeFileSync(
    join(outDir, 'cities.yaml'),
    stringify(
      copies.flatMap((k) =>
        cities.map((c, i) => ({
          ...c,
          id: suffix(c.id, k),
          name: k === 0 ? c.name : `样例${k}${c.name}`,
          seat: k === 0 ? c.seat : { lon: 110.3 + ((k * 37 + i * 11) % 44) / 10, lat: 34.7 + ((k * 23 + i * 7) % 60) / 10 },
        })),
      ),
    ),
  );

  for (const file of ['schools.yaml', 'colleges.yaml']) {
    const list = read(file);
    writeFileSync(
      join(outDir, file),
      stringify(
        copies.flatMap((k) =>
          list.map((s) => ({
            ...s,
            id: suffix(s.id, k),
            name: k === 0 ? s.name : `${s.name}（样例${k}）`,
            city: s.city === null ? null : suffix(s.city, k),
            // A short name belongs to one institution: copies get their own (样例 marks them).
            ...(s.searchNames ? { searchNames: s.searchNames.map((n) => (k === 0 ? n : `${n}样例${k}`)) } : {}),
          })),
        ),
      ),
    );
  }

  const list = read('five-year-lists/2025.yaml');
  let no = 0;
  const rows = copies.flatMap((k) =>
    list.rows.map((row) => ({
      ...row,
      no: ++no,
      school: suffix(row.school, k),
      pairs: row.pairs.map((p) => ({ ...p, college: suffix(p.college, k) })),
    })),
  );
  writeFileSync(
    join(outDir, 'five-year-lists/2025.yaml'),
    stringify({ ...list, stated: { schools: list.stated.schools * factor, pairs: list.stated.pairs * factor }, rows }),
  );

  for (const file of readdirSync(join(from, 'policies'))) {
    const text = readFileSync(join(from, 'policies', file), 'utf8');
    for (const k of copies.slice(1)) {
      // A list is printed by the one notice that publishes it: a copy of the 2025 notice does not
      // print the whole national list again (300 copies of a 10,500-row table were 570 MB of HTML,
      // growing with the square of the factor).
      const copy = withoutListTables(
        text
          .replace(/^shortTitle: (.*)$/m, (_, t) => `shortTitle: ${t.slice(0, 16)}（样例${k}）`)
          .replace(/document: ([a-z0-9-]+)$/gm, (_, id) => `document: ${id}-s${k}`),
      );
      writeFileSync(join(outDir, 'policies', file.replace(/\.md$/, `-s${k}.md`)), copy);
    }
  }
  return { schools: list.stated.schools * factor, pairs: list.stated.pairs * factor, documents: readdirSync(join(outDir, 'policies')).length };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [factor, outDir] = [Number(process.argv[2] || 10), process.argv[3] || 'bench-results/content-scale'];
  console.log(generateScale(factor, outDir));
}
