import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCsv, readPage } from '../helpers/dist.ts';

interface ChartSpec {
  id: string;
  panels?: { items: { stat: string }[] }[];
  related?: string[];
  computed?: string;
}
const charts = parse(readFileSync('content/charts.yaml', 'utf8')) as ChartSpec[];
const statistics = JSON.parse(readFileSync('dist/data/statistics.json', 'utf8')) as { id: string; value: number }[];
const html = readPage('/data/');

describe('/data/ charts', () => {
  it('draws every statistic of the documents in at least one chart', () => {
    const drawn = new Set(charts.flatMap((c) => [...(c.panels ?? []).flatMap((p) => p.items.map((i) => i.stat)), ...(c.related ?? [])]));
    const missing = statistics.map((s) => s.id).filter((id) => !drawn.has(id));
    expect(missing).toEqual([]);
  });

  it('renders each chart as a figure with a title, an accessible SVG or tiles, a data table, a source and a CSV link', () => {
    for (const chart of charts) {
      const start = html.indexOf(`id="chart-${chart.id}"`);
      expect(start, chart.id).toBeGreaterThan(0);
      const figure = html.slice(start, html.indexOf('</figure>', start));
      expect(figure).toMatch(/<h3[^>]*class="chart-title"/);
      if (!figure.includes('class="tiles"') && !figure.includes('class="key-rules"'))
        expect(figure).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"[^>]*>\s*<title[^>]*>[^<]+<\/title>\s*<desc[^>]*>[^<]+<\/desc>/);
      expect(figure).toContain('<table');
      expect(figure).toMatch(/来源：[^<]+ <a href="[^"]*\/policies\/[a-z0-9-]+\//);
      expect(figure).toMatch(/<details class="source-words"><summary>原文/);
      expect(figure).toContain(`/data/charts/${chart.id}.csv`);
    }
  });

  it('lists rules, caps and figures of different things as statements, each with its words, never as bars', () => {
    for (const chart of charts.filter((c) => (c as { kind?: string }).kind === 'statements')) {
      const figure = new RegExp(`<figure[^>]*id="chart-${chart.id}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? '';
      expect(figure, chart.id).toContain('class="key-rules"');
      expect(figure, chart.id).not.toMatch(/<svg[^>]*role="img"/);
      const items = (figure.match(/<li>/g) ?? []).length;
      expect((figure.match(/<details class="source-words">/g) ?? []).length, chart.id).toBeGreaterThan(items);
    }
    expect(charts.filter((c) => (c as { kind?: string }).kind === 'statements').map((c) => c.id)).toEqual(
      expect.arrayContaining(['comprehensive-pilot', 'private-compulsory-share']),
    );
  });

  it('puts exactly the drawn numbers in each chart’s CSV', () => {
    const byId = new Map(statistics.map((s) => [s.id, s.value]));
    for (const chart of charts.filter((c) => c.panels)) {
      const rows = readCsv(`dist/data/charts/${chart.id}.csv`);
      const expected = [...(chart.panels ?? []).flatMap((p) => p.items.map((i) => i.stat)), ...(chart.related ?? [])];
      expect(
        rows.map((r) => r['数字编号']),
        chart.id,
      ).toEqual(expected);
      for (const r of rows) expect(Number(r['数值'])).toBe(byId.get(r['数字编号']!));
    }
  });

  it('counts the five-year list by category from the data, largest first (the title’s claim)', () => {
    const pairs = JSON.parse(readFileSync('dist/data/five-year-programs-2025.json', 'utf8')) as { category: string }[];
    const counts = new Map<string, number>();
    for (const p of pairs) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
    const rows = readCsv('dist/data/charts/five-year-by-category.csv');
    expect(rows.map((r) => [r['标签'], Number(r['数值'])])).toEqual([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')));
    expect(rows[0]?.['标签']).toBe('装备制造大类');
    expect(rows.reduce((n, r) => n + Number(r['数值']), 0)).toBe(pairs.length);
  });

  it('links each chart source to a clause or section that exists on the document page', () => {
    const captions = [...html.matchAll(/<figcaption class="chart-source">([\s\S]*?)<\/figcaption>/g)].map((m) => m[1] ?? '');
    const links = captions.flatMap((caption) => [...caption.matchAll(/href="[^"]*\/policies\/([a-z0-9-]+)\/#([a-z0-9-]+)"/g)]);
    expect(links.length).toBeGreaterThan(captions.length);
    for (const [, doc, anchor] of links) expect(readPage(`/policies/${doc}/`), `${doc}#${anchor}`).toContain(`id="${anchor}"`);
  });
});

describe('pictures agree with pages', () => {
  it('draws a computed value hatched in the page, its embed, the SVG and the PNG’s source alike, with the same note, and only there', () => {
    const NOTE = '斜线填充的是本站推算值';
    let hatched = 0;
    for (const chart of charts) {
      const page = readPage(`/data/${chart.id}/`);
      const picture = readFileSync(`dist/data/${chart.id}.svg`, 'utf8');
      const derived = /url\(#[^)]*-hatch\)/.test(page);
      expect(page.includes(`class="chart-note">${NOTE}`), `${chart.id} page note`).toBe(derived);
      expect(picture.includes('url(#derived-hatch)'), `${chart.id} picture hatch`).toBe(derived);
      expect(picture.includes(NOTE), `${chart.id} picture note`).toBe(derived);
      expect(picture, chart.id).not.toContain('stroke-dasharray="6 4"');
      // The embed draws and says it the same way.
      const embed = readPage(`/embed/${chart.id}/`);
      expect(/url\(#[^)]*-hatch\)/.test(embed), `${chart.id} embed hatch`).toBe(derived);
      expect(embed.includes(`class="ec-small">${NOTE}`), `${chart.id} embed note`).toBe(derived);
      if (derived) hatched++;
    }
    expect(hatched).toBeGreaterThan(0);
  });
});
