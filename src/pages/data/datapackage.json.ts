import type { APIRoute } from 'astro';
import { loadLists, loadOpenData } from '../../data/collections.ts';
import { loadCharts } from '../../data/chart-loaders.ts';
import { dataPackage, type PackageFile } from '../../lib/domain/open-data.ts';
import { siteUrl } from '../../lib/web/urls.ts';
import { site as strings } from '../../strings.ts';

/** A Frictionless Data Package (https://specs.frictionlessdata.io/) describing every open-data file. */
export const GET: APIRoute = async ({ site }) => {
  const all = await loadOpenData();
  const years = (await loadLists()).map((l) => l.year);
  const charts = (await loadCharts()).charts.map((c) => c.id);
  const files: PackageFile[] = all.flatMap((dataset) => {
    const paths = dataset.path.includes('{year}')
      ? years.map((y) => dataset.path.replace('{year}', String(y)))
      : dataset.path.includes('{chart}')
        ? charts.map((c) => dataset.path.replace('{chart}', c))
        : [dataset.path];
    return paths.flatMap((path) => dataset.formats.map((format) => ({ path, format, dataset })));
  });
  const body = dataPackage(files, all, {
    name: 'shanxi-zhijiao-open-data',
    title: `${strings.name}：开放数据`,
    homepage: new URL(siteUrl('data/'), site).href,
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
