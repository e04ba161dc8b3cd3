// View model of a chart's own page (/data/<chart>/): its sources once each, their dates, and the
// citation, caption and embed code a press office copies.
import type { ResolvedChart } from '../domain/charts.ts';
import { datasetCitation, iframeSnippet } from '../domain/citation.ts';
import type { EmbedHeights } from './embed.ts';

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
  },
) {
  const { siteName, pageUrl, embedUrl, sourceNames, documentDate, heights } = context;
  return {
    /** Each source once: the same words of the same clause are listed once. */
    sources: [...new Map(chart.sources.map((s) => [`${s.document}#${s.anchor ?? ''}#${s.quote}`, s])).values()],
    /** The dates of the documents the figures come from, oldest first. */
    dates: [...new Set(chart.sources.map((s) => documentDate(s.document)).filter((d): d is string => Boolean(d)))].sort(),
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
