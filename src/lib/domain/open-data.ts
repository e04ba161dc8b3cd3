import { csvCell as cell } from '../web/csv.ts';
import type { OpenDataField, OpenDataset } from '../content/editorial-schemas.ts';

/** The fields of a dataset in file order, those of `fieldsFrom` after its own. */
export function datasetFields(dataset: OpenDataset, all: OpenDataset[]): OpenDataField[] {
  const base = dataset.fieldsFrom ? all.find((d) => d.id === dataset.fieldsFrom) : undefined;
  return [...dataset.fields, ...(base?.fields ?? [])];
}

/** The flat key of a field in a CSV row (source.document → sourceDocument). */
export const flatKey = (name: string) => name.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());

/** A value as a spreadsheet reader should see it: Chinese for enumerations and yes/no, as is otherwise. */
export function csvValue(field: OpenDataField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (field.type === 'boolean') return value === true || value === 'true' || value === 'yes' ? '是' : '否';
  const text = String(value);
  return field.values?.[text] ?? text;
}

/**
 * CSV for people who open it in Excel or WPS: UTF-8 with a byte-order mark, CRLF line ends, the
 * Chinese heading of each field, and the Chinese of enumerated values. Rows are read by each
 * field's flat key.
 */
export function toChineseCsv(rows: object[], fields: OpenDataField[]): string {
  const lines = [
    fields.map((f) => cell(f.title)).join(','),
    ...rows.map((row) => fields.map((f) => cell(csvValue(f, (row as Record<string, unknown>)[flatKey(f.name)]))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** JSON keeps nested objects (source: {document, quote}) as one field of type object. */
type PackageField = Omit<OpenDataField, 'type'> & { type: OpenDataField['type'] | 'object' };
function jsonShape(fields: OpenDataField[], csv: boolean): PackageField[] {
  if (csv) return fields;
  const out: PackageField[] = [];
  for (const f of fields) {
    const [parent] = f.name.split('.');
    if (!f.name.includes('.')) out.push(f);
    else if (!out.some((o) => o.name === parent))
      out.push({
        name: parent!,
        title: f.title,
        type: 'object',
        meaning: fields
          .filter((g) => g.name.startsWith(`${parent}.`))
          .map((g) => `${g.name.slice(parent!.length + 1)}：${g.meaning}`)
          .join('；'),
      });
  }
  return out;
}

/** One file of the data package. */
export interface PackageFile {
  path: string;
  format: 'json' | 'csv';
  dataset: OpenDataset;
  /** Fields a file has beyond its dataset's: a list's further columns (columnFields). */
  extra?: OpenDataField[];
}

/**
 * A list's further columns (招生计划 …) as open-data fields under their printed headings: a number
 * of students as an integer, anything else as text; empty where the list prints no value.
 */
export function columnFields(columns: readonly { heading: string; kind: 'students' | 'text' }[]): OpenDataField[] {
  return columns.map((c) => ({
    name: c.heading,
    title: c.heading,
    type: c.kind === 'students' ? 'integer' : 'string',
    meaning: `名单表格的附加列“${c.heading}”，照原文${c.kind === 'students' ? '（人数）' : ''}；名单没有印的为空`,
  }));
}

/** The further columns of several lists, each heading once (the all-years file). */
export function allColumns<T extends { heading: string }>(lists: readonly { columns?: readonly T[] | undefined }[]): T[] {
  return [...new Map(lists.flatMap((l) => l.columns ?? []).map((c) => [c.heading, c])).values()];
}

/**
 * The plain UTF-8 twin of a CSV file (`statistics.csv` → `statistics.utf8.csv`): the same bytes
 * without the byte-order mark that Excel needs and data readers trip over (the BOM sticks to the
 * first heading). Written after the build (src/integrations/plain-csv.ts); the data package lists these.
 */
export const plainCsvPath = (path: string) => path.replace(/\.csv$/, '.utf8.csv');

/**
 * A Frictionless Data Package describing every file. CSV files are tabular resources, pointing at
 * their plain UTF-8 twins (`plainCsvPath`): the Chinese headings are the field names (as in the
 * file), with the Chinese enumerations as constraints, and booleans are 是/否. JSON files are data
 * resources (Frictionless reads only CSV-like files as tables), described by the same schema with
 * the English names and values.
 */
export function dataPackage(files: PackageFile[], all: OpenDataset[], meta: { name: string; title: string; homepage: string }) {
  return {
    profile: 'data-package',
    name: meta.name,
    title: meta.title,
    homepage: meta.homepage,
    resources: files.map((file) => {
      const csv = file.format === 'csv';
      const path = file.path.replace(/^data\//, '') + `.${file.format}`;
      return {
        profile: csv ? 'tabular-data-resource' : 'data-resource',
        name: file.path.replace(/^data\//, '').replace(/[^a-z0-9]+/g, '-') + `-${file.format}`,
        path: csv ? plainCsvPath(path) : path,
        title: file.dataset.title,
        format: file.format,
        mediatype: csv ? 'text/csv' : 'application/json',
        encoding: 'utf-8',
        schema: {
          fields: jsonShape([...datasetFields(file.dataset, all), ...(file.extra ?? [])], csv).map((f) => ({
            name: csv ? f.title : f.name,
            title: f.title,
            type: f.type,
            description: f.meaning,
            ...(csv && f.type === 'boolean' ? { trueValues: ['是'], falseValues: ['否'] } : {}),
            ...(f.values ? { constraints: { enum: [...(csv ? Object.values(f.values) : Object.keys(f.values)), ''] } } : {}),
          })),
        },
      };
    }),
  };
}

/** One document as the open data lists it (/data/documents.json). */
export interface OpenDataDocument {
  id: string;
  title: string;
  docNumber: string;
  issuers: string;
  kind: string;
  date: string;
  dateLabel: string;
  periodText: string;
  periodQuote: string;
  periodFrom: number;
  periodTo: string;
  checked: string;
}

/** The documents in date order, each with its period in its own words and the site's check date. */
export function openDataDocuments(
  policies: {
    id: string;
    data: {
      title: string;
      docNumber: string | null;
      issuers: string[];
      kind: string;
      date: string;
      dateLabel: string;
      period: { text: string; quote: string; from: number; to: number | null };
    };
  }[],
  checked: string,
): OpenDataDocument[] {
  return [...policies]
    .sort((a, b) => a.data.date.localeCompare(b.data.date))
    .map(({ id, data }) => ({
      id,
      title: data.title,
      docNumber: data.docNumber ?? '',
      issuers: data.issuers.join('、'),
      kind: data.kind,
      date: data.date,
      dateLabel: data.dateLabel,
      periodText: data.period.text,
      periodQuote: data.period.quote,
      periodFrom: data.period.from,
      periodTo: data.period.to === null ? '' : String(data.period.to),
      checked,
    }));
}
