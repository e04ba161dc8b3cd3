import { anchorOfQuote, type DocumentOutline } from '../content/clause-ids.ts';
import type { Statistic } from '../content/schemas.ts';

/** The open-data record of a statistic. */
export interface OpenDataStatistic {
  id: string;
  label: string;
  value: number;
  unit: string;
  year: number;
  yearStated: boolean;
  period: string;
  measures: string;
  kind: Statistic['kind'];
  bound: string;
  scope: string;
  note: string;
  source: { document: string; quote: string };
}

/** Statistics as published: stable field set, empty strings for absent optional fields, sorted by id. */
export function openDataStatistics(statistics: Statistic[]): OpenDataStatistic[] {
  return [...statistics]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => ({
      id: s.id,
      label: s.label,
      value: s.value,
      unit: s.unit,
      year: s.year,
      yearStated: s.yearStated,
      period: s.period ?? '',
      measures: s.measures,
      kind: s.kind,
      bound: s.bound ?? '',
      scope: s.scope,
      note: s.note ?? '',
      source: { document: s.source.document, quote: s.source.quote },
    }));
}

/** A statistic with its source as two flat columns, for CSV. */
export type FlatStatistic = Omit<OpenDataStatistic, 'source'> & { sourceDocument: string; sourceQuote: string };

/** Flattens the nested source for CSV. */
export function flattenStatistic({ source, ...rest }: OpenDataStatistic): FlatStatistic {
  return { ...rest, sourceDocument: source.document, sourceQuote: source.quote };
}

/** Where a statistic comes from on the site: its document, the clause its sentence is in, the sentence. */
export interface StatisticSource {
  document: string;
  /** Anchor on /policies/<document>/, or null when the sentence is before any anchor. */
  anchor: string | null;
  quote: string;
}

/**
 * The source of a statistic, with the clause to link to. A figure counted from a list links to
 * the list (#attachment) rather than to the sentence that names the attachment.
 */
export function statisticSource(s: Statistic, document: DocumentOutline | undefined): StatisticSource {
  return {
    document: s.source.document,
    anchor: s.kind === 'counted' ? 'attachment' : document ? anchorOfQuote(document, s.source.quote) : null,
    quote: s.source.quote,
  };
}
