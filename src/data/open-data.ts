// The open-data files (/data/…), each as the text it is published as: the endpoints under
// src/pages/data/ only say which file, and take its text from here.
import { allColumns, columnFields, dataPackage, openDataDocuments, toChineseCsv, type PackageFile } from '../lib/domain/open-data.ts';
import { chartRows } from '../lib/domain/charts.ts';
import { openDataAllYears, openDataPairs } from '../lib/domain/programs.ts';
import { flattenStatistic, openDataStatistics } from '../lib/domain/statistics.ts';
import { siteUrl } from '../lib/web/urls.ts';
import { site as strings } from '../strings.ts';
import { loadAllPairs, loadDatasetFields, loadLists, loadOpenData, loadPairs, loadPolicies, loadSite, loadStatistics } from './collections.ts';
import { loadCharts } from './chart-loaders.ts';

/** JSON as the site publishes it: two-space indents and a closing newline. */
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every document the site holds, with its period in its own words and the check date. */
export async function documentsFile(format: 'csv' | 'json'): Promise<string> {
  const rows = openDataDocuments(await loadPolicies(), (await loadSite()).checked);
  return format === 'json' ? json(rows) : toChineseCsv(rows, await loadDatasetFields('documents'));
}

/**
 * One year's program pairs (names exactly as printed), or every published list's (`'all'`, newest
 * first, with a year field). A list's further columns (招生计划 …) follow the fixed fields, under
 * their printed headings.
 */
export async function programsFile(year: number | 'all', format: 'csv' | 'json'): Promise<string> {
  const lists = await loadLists();
  if (year === 'all') {
    const columns = allColumns(lists);
    const rows = openDataAllYears(await loadAllPairs(), columns);
    return format === 'json' ? json(rows) : toChineseCsv(rows, [...(await loadDatasetFields('five-year-programs-all')), ...columnFields(columns)]);
  }
  const columns = lists.find((l) => l.year === year)?.columns ?? [];
  const rows = openDataPairs(await loadPairs(year), columns);
  return format === 'json' ? json(rows) : toChineseCsv(rows, [...(await loadDatasetFields('five-year-programs')), ...columnFields(columns)]);
}

/** Every figure with its document and verbatim sentence (in the CSV, the source as two columns). */
export async function statisticsFile(format: 'csv' | 'json'): Promise<string> {
  const rows = openDataStatistics(await loadStatistics());
  return format === 'json' ? json(rows) : toChineseCsv(rows.map(flattenStatistic), await loadDatasetFields('statistics'));
}

/** Exactly the numbers a chart draws, with their sources; null for a chart the site does not have. */
export async function chartTableFile(id: string): Promise<string | null> {
  const { charts, statistics } = await loadCharts();
  const chart = charts.find((c) => c.id === id);
  return chart ? toChineseCsv(chartRows(chart, statistics), await loadDatasetFields('chart-data')) : null;
}

/** A Frictionless Data Package (https://specs.frictionlessdata.io/) describing every open-data file. */
export async function dataPackageFile(site: URL | undefined): Promise<string> {
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
  return json(
    dataPackage(files, all, { name: 'shanxi-zhijiao-open-data', title: `${strings.name}：开放数据`, homepage: new URL(siteUrl('data/'), site).href }),
  );
}
