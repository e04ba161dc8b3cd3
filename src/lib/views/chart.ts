// View model of a chart's own page (/data/<chart>/): its sources once each, their dates, and the
// citation, caption and embed code a press office copies.
import type { ResolvedChart } from '../domain/charts.ts';
import { datasetCitation, iframeSnippet } from '../domain/citation.ts';

/** The height of a chart's embed frame, in CSS pixels. */
const CHART_EMBED_HEIGHT = 520;

export function chartPageView(
  chart: ResolvedChart,
  context: { siteName: string; pageUrl: string; embedUrl: string; sourceNames: string[]; documentDate: (id: string) => string | undefined },
) {
  const { siteName, pageUrl, embedUrl, sourceNames, documentDate } = context;
  return {
    /** Each source once: the same words of the same clause are listed once. */
    sources: [...new Map(chart.sources.map((s) => [`${s.document}#${s.anchor ?? ''}#${s.quote}`, s])).values()],
    /** The dates of the documents the figures come from, oldest first. */
    dates: [...new Set(chart.sources.map((s) => documentDate(s.document)).filter((d): d is string => Boolean(d)))].sort(),
    citation: datasetCitation(siteName, chart.title, pageUrl),
    caption: `图：${siteName}，据${sourceNames.join('、')}`,
    iframe: iframeSnippet(embedUrl, chart.title, CHART_EMBED_HEIGHT),
  };
}
