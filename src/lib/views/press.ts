// View model of /press/: how to link and cite a clause (with one worked example), the key figures
// with their sentences, every open-data file with its fields, and the contacts the documents print.
import type { Fact, OpenDataset, SiteSettings } from '../content/editorial-schemas.ts';
import type { Statistic } from '../content/schemas.ts';
import { gbtCitation } from '../domain/citation.ts';
import { datasetFields } from '../domain/open-data.ts';
import { statisticText } from '../geometry/bar-chart.ts';
import { route, sitePath, siteUrl } from '../web/urls.ts';
import type { NamedDocument } from './site-context.ts';

/** A document as the press page names and cites it. */
type Cited = Pick<NamedDocument, 'shortTitle' | 'title' | 'citeTitle' | 'issuers' | 'docNumber' | 'date'>;

export function pressPageView(input: {
  /** The site's address (full links: the example shows the address a reader would paste). */
  site: URL | undefined;
  example: SiteSettings['pressExample'];
  documents: ReadonlyMap<string, Cited>;
  figures: { statistic: Statistic; source: { document: string; anchor: string | null; quote: string }; documentTitle: string }[];
  datasets: OpenDataset[];
  years: number[];
  contacts: Fact[];
}) {
  const { site, example, documents, figures, datasets, years, contacts } = input;
  const abs = (path: string) => new URL(siteUrl(path), site).href;
  const exampleDoc = documents.get(example.document);
  const examplePath = sitePath.policy(example.document, example.anchor);
  return {
    example: {
      shortTitle: exampleDoc?.shortTitle,
      cite: example.cite,
      href: siteUrl(examplePath),
      url: abs(examplePath),
      /** The citation the clause's 复制引用 gives, with the access date left for the reader. */
      citation: exampleDoc
        ? gbtCitation({
            issuers: exampleDoc.issuers,
            title: exampleDoc.citeTitle ?? exampleDoc.title,
            docNumber: exampleDoc.docNumber,
            date: exampleDoc.date,
            clause: example.cite,
            url: abs(examplePath),
            accessed: '引用日期',
          })
        : '',
    },
    figures: figures.map(({ statistic: s, source, documentTitle }) => ({
      label: s.label,
      year: s.year,
      yearStated: s.yearStated,
      value: statisticText(s),
      href: route.policy(source.document, source.anchor),
      documentTitle,
      quote: source.quote,
    })),
    datasets: datasets.map((d) => ({
      id: d.id,
      title: d.title,
      /** One file per chart, found on /data/. */
      perChart: d.path.includes('{chart}'),
      files: (d.path.includes('{year}') ? years.map((y) => d.path.replace('{year}', String(y))) : [d.path]).flatMap((path) =>
        d.formats.map((f) => ({ href: siteUrl(`${path}.${f}`), name: `${path.split('/').pop()}.${f}` })),
      ),
      fields: datasetFields(d, datasets).map((f) => ({
        title: f.title,
        name: f.name,
        meaning: f.meaning,
        values: f.values
          ? Object.entries(f.values)
              .map(([en, zh]) => `${zh}（${en}）`)
              .join('、')
          : null,
      })),
    })),
    contacts: contacts.map((c) => ({
      heading: c.heading,
      text: c.text,
      href: route.policy(c.source.document, c.source.anchor),
      title: documents.get(c.source.document)?.shortTitle,
    })),
  };
}
