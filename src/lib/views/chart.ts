// View models of the charts' pages: a chart's own page (/data/<chart>/: its sources once each, their
// dates, and the citation, caption and embed code a press office copies), /data/ itself, and where
// the site's figures come from (said on /data/ and /press/).
import type { ResolvedChart } from '../domain/charts.ts';
import { CITATION_EDITION, datasetCitation, iframeSnippet, resizeSnippet } from '../domain/citation.ts';
import { dateLabelShort, formatDate } from '../web/format.ts';
import { route } from '../web/urls.ts';
import type { EmbedHeights } from './embed.ts';
import { shownSource, type NamedDocument, type SourceLookup } from './site-context.ts';

export function chartPageView(
  chart: ResolvedChart,
  context: {
    siteName: string;
    pageUrl: string;
    embedUrl: string;
    sourceNames: string[];
    documentDate: (id: string) => string | undefined;
    /** The embed's suggested frame heights (src/lib/views/embed.ts). */
    heights: EmbedHeights;
    /** How documents and clauses are named and dated (the site context, src/lib/views/site-context.ts). */
    lookup: SourceLookup;
  },
) {
  const { siteName, pageUrl, embedUrl, sourceNames, documentDate, heights, lookup } = context;
  const sources = [...new Map(chart.sources.map((s) => [`${s.document}#${s.anchor ?? ''}#${s.quote}`, s])).values()];
  return {
    /** Each source once (the same words of the same clause are listed once), named, dated, and with when its document applies. */
    sources: sources.map((s) => {
      // Named and dated as every quoted clause is (shownSource), so a clause reads the same here as under a sentence.
      const shown = shownSource({ ...s, anchor: s.anchor ?? null }, lookup);
      return {
        ...s,
        href: shown.href,
        name: shown.name,
        date: formatDate(documentDate(s.document) ?? ''),
        /** When the document applies, after its date (nothing for a press report: it reports, it does not rule). */
        period: shown.period ? `；适用于${shown.period.text}${shown.period.passed ? '，按本站核对日期已经过去' : ''}` : '',
      };
    }),
    /** The dates of the documents the figures come from, oldest first, in words. */
    dates: [...new Set(chart.sources.map((s) => documentDate(s.document)).filter((d): d is string => Boolean(d)))].sort().map(formatDate),
    /** Whether a source is a press report (its date is the meeting's; the paper's date is not printed). */
    anyReport: sources.some((s) => lookup.periods.get(s.document)?.report),
    edition: CITATION_EDITION,
    resize: resizeSnippet(),
    citation: datasetCitation(siteName, chart.title, pageUrl),
    caption: `图：${siteName}，据${sourceNames.join('、')}`,
    /** The iframe code, tall enough for any column from 320 px; the advice gives a closer height per column width. */
    iframe: iframeSnippet(embedUrl, chart.title, heights.any),
    heights,
  };
}

/**
 * A chart's source line: each document once, with the clauses its numbers come from (named, and
 * linked by anchor), then the references that are not documents of the site; and the same as text.
 */
export function chartSourceLine(chart: ResolvedChart, documents: Map<string, string>, clause: (document: string, anchor: string | null) => string) {
  const parts = [...Map.groupBy(chart.sources, (s) => s.document)].map(([document, sources]) => ({
    document,
    title: documents.get(document) ?? document,
    clauses: [...new Map(sources.map((s) => [s.anchor ?? '', s.anchor])).values()].map((anchor) => ({
      anchor,
      name: anchor ? clause(document, anchor) : '全文',
    })),
  }));
  const text = `来源：${parts.map((p) => `${p.title} ${p.clauses.map((c) => c.name).join('、')}`).join('；')}${(chart.references ?? []).map((r) => `；${r}`).join('')}。`;
  return { parts, references: chart.references ?? [], text };
}

/** What a page says of a document the figures come from: its title, date and date label, and whether it is a press report. */
export type FigureSource = Pick<NamedDocument, 'shortTitle' | 'date' | 'dateLabel' | 'press'>;

/**
 * Where the site's figures come from, counted from the statistics themselves: the document that
 * states more than half of them, if one does (figures the site computed are not counted as stated) (with whether it is a press report), the documents of the
 * targets, and whether there are figures the site computed. /data/ and /press/ say it from this.
 */
export function figureProvenance(statistics: { kind: string; source: { document: string } }[], notices: ReadonlyMap<string, FigureSource>) {
  const count = (list: { source: { document: string } }[]) =>
    [...Map.groupBy(list, (s) => s.source.document)].map(([id, items]) => ({ id, n: items.length })).sort((a, b) => b.n - a.n);
  const named = ({ id, n }: { id: string; n: number }) => {
    const d = notices.get(id);
    return {
      n,
      href: route.policy(id),
      title: d?.shortTitle ?? id,
      press: d?.press ?? false,
      when: d ? `${dateLabelShort(d.dateLabel)}${formatDate(d.date)}` : '',
    };
  };
  // A figure the site computed (推算, or counted from a list) is not one the document states: it
  // does not count as coming from it.
  const largest = count(statistics.filter((s) => s.kind !== 'derived' && s.kind !== 'counted'))[0];
  return {
    largest: largest && largest.n * 2 > statistics.length ? named(largest) : null,
    targets: count(statistics.filter((s) => s.kind === 'target')).map(named),
    derived: statistics.some((s) => s.kind === 'derived'),
  };
}

/**
 * /data/: the charts grouped by section in file order, each with its source line, the lists'
 * downloads with their pair counts, and how many statistics the site holds.
 */
export function dataIndexView(input: {
  charts: ResolvedChart[];
  lists: { year: number; title: string; rows: { pairs: unknown[] }[] }[];
  statistics: { kind: string; source: { document: string } }[];
  documents: Map<string, string>;
  clause: (document: string, anchor: string | null) => string;
  /** What the page says of each source document (figureProvenance). */
  notices: ReadonlyMap<string, FigureSource>;
}) {
  const { charts, lists, statistics, documents, clause, notices } = input;
  return {
    statistics: statistics.length,
    /** Where the figures come from (figureProvenance). */
    provenance: figureProvenance(statistics, notices),
    charts: charts.length,
    sections: [...new Set(charts.map((c) => c.section))].map((section, i) => ({
      id: `section-${i + 1}`,
      title: section,
      charts: charts.filter((c) => c.section === section).map((chart) => ({ chart, source: chartSourceLine(chart, documents, clause) })),
    })),
    lists: lists.map((l) => ({ year: l.year, title: l.title, pairs: l.rows.reduce((n, r) => n + r.pairs.length, 0) })),
  };
}
