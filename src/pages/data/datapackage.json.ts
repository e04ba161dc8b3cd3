import type { APIRoute } from 'astro';
import { loadLists, loadOpenData } from '../../data/collections.ts';
import { loadCharts } from '../../data/chart-loaders.ts';
import { allColumns, columnFields, dataPackage, type PackageFile } from '../../lib/domain/open-data.ts';
import { siteUrl } from '../../lib/web/urls.ts';
import { site as strings } from '../../strings.ts';

/** A Frictionless Data Package (https://specs.frictionlessdata.io/) describing every open-data file. */
export const GET: APIRoute = async ({ site }) => {
  const all = await loadOpenData();
  const lists = await loadLists();
  const years = lists.map((l) => l.year);
  // A list's further columns (招生计划 …) are fields of its year's files and of the all-years file.
  const extraFor = (path: string) =>
    path.includes('{year}') ? (year: number) => columnFields(lists.find((l) => l.year === year)?.columns ?? []) : () => columnFields(allColumns(lists));
  const listData = new Set(['five-year-programs', 'five-year-programs-all']);
  const charts = (await loadCharts()).charts.map((c) => c.id);
  const files: PackageFile[] = all.flatMap((dataset) => {
    const paths: { path: string; year?: number }[] = dataset.path.includes('{year}')
      ? years.map((year) => ({ path: dataset.path.replace('{year}', String(year)), year }))
      : dataset.path.includes('{chart}')
        ? charts.map((c) => ({ path: dataset.path.replace('{chart}', c) }))
        : [{ path: dataset.path }];
    return paths.flatMap(({ path, year }) =>
      dataset.formats.map((format) => {
        const extra = listData.has(dataset.id) ? extraFor(dataset.path)(year ?? 0) : [];
        return { path, format, dataset, ...(extra.length ? { extra } : {}) };
      }),
    );
  });
  const body = dataPackage(files, all, {
    name: 'shanxi-zhijiao-open-data',
    title: `${strings.name}：开放数据`,
    homepage: new URL(siteUrl('data/'), site).href,
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
