import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mainHtml, readPage, textOf } from '../helpers/dist.ts';

const charts = parse(readFileSync('content/charts.yaml', 'utf8')) as { id: string; title: string }[];
const ORIGIN = 'https://zhijiao.example.org';

describe('every chart as a citable, embeddable object', () => {
  it.each(charts.map((c) => [c.id, c] as const))('/data/%s/ has the chart, its sources with their words, a citation, the CSV and the embed code', (id, chart) => {
    const page = readPage(`/data/${id}/`);
    const main = mainHtml(page);
    expect(main).toMatch(new RegExp(`<h1[^>]*class="chart-title"[^>]*>${chart.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
    expect(main).toMatch(/<details class="chart-data" open/);
    expect(main).toMatch(/<a href="\/policies\/[a-z0-9-]+\/(#[^"]+)?">[^<]+<\/a>（\d{4}年[^）]*）：\s*<blockquote><p>“[^”]+”/);
    const text = textOf(main);
    expect(text).toContain(`山西职教政策通. ${chart.title}[DB/OL]. [引用日期]. ${ORIGIN}/data/${id}/.`);
    expect(text).toMatch(/图：山西职教政策通，据\S+/);
    expect(main).toContain(`/data/charts/${id}.csv`);
    expect(text).toContain(`<iframe src="${ORIGIN}/embed/${id}/"`);
  });

  it.each(charts.map((c) => [c.id] as const))('/embed/%s/ shows the chart alone with its source and a link back, and loads no script', (id) => {
    const page = readPage(`/embed/${id}/`);
    expect(page).not.toMatch(/<script[^>]*src=/);
    expect(page).not.toContain('site-header');
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/data/${id}/">`);
    expect(page).toMatch(/class="chart-source"/);
    expect(page).toContain(`<base target="_blank">`);
    expect(page).toContain(`href="${ORIGIN}/data/${id}/" rel="noopener"`);
  });

  it('links every chart page from the /data/ overview', () => {
    const overview = readPage('/data/');
    for (const c of charts) expect(overview, c.id).toContain(`href="/data/${c.id}/"`);
  });
});
