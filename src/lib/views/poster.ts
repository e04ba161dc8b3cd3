// What each poster says (src/lib/geometry/poster.ts draws it): a school with its pairs, a chart with
// its figures, an explainer with its key points; each with the words of the clauses they rest on,
// where those are, the source, and when: the check date and, for a document whose period the site
// knows, that period and whether it had passed by then.
import { formatDate } from '../web/format.ts';
import type { ResolvedChart } from '../domain/charts.ts';
import type { ProgramPair } from '../domain/programs.ts';
import { DERIVED_NOTE } from '../domain/vocabulary.ts';
import { figureLines, type Poster } from '../geometry/poster.ts';
import { periodSentences, type PeriodStatus } from './period.ts';
import { schoolPairLine } from './institution.ts';
import { sitePath } from '../web/urls.ts';

/** The kinds of page with a poster, and where each kind's page is. */
export const POSTER_PAGES = { schools: 'schools', charts: 'data', explainers: 'explainers' } as const;
export type PosterKind = keyof typeof POSTER_PAGES;

/** Where a page's poster is, as a site path: the build writes it as SVG and turns it into this PNG after the pages (src/integrations/pictures.ts). */
export const posterPath = (kind: PosterKind, id: string) => sitePath.poster(kind, id);

/** At most this many quotes on a poster; the rest are counted and left to the page. */
export const POSTER_QUOTES = 2;

/** A poster's text, without the page's address and QR code (added where the site's address is known). */
export type PosterText = Omit<Poster, 'url' | 'qr' | 'site'>;

interface Quoted {
  document: string;
  anchor?: string | null | undefined;
  quote: string;
}

/** What the posters need to know of the documents: titles, clause names and periods. */
export interface PosterContext {
  titles: Map<string, string>;
  clause: (document: string, anchor: string | null) => string;
  periods: Map<string, PeriodStatus>;
  /** The date the content was last checked (content/site.yaml). */
  checked: string;
}

/** Each quote once, the first POSTER_QUOTES with where they are, and how many more there are. */
function quotesOf(sources: Quoted[], context: PosterContext) {
  const distinct = [...new Map(sources.map((s) => [`${s.document}#${s.quote}`, s])).values()];
  return {
    quotes: distinct.slice(0, POSTER_QUOTES).map((s) => ({
      words: s.quote,
      where: `${context.titles.get(s.document) ?? s.document} ${s.anchor ? context.clause(s.document, s.anchor) : ''}`.trim(),
    })),
    moreQuotes: Math.max(0, distinct.length - POSTER_QUOTES),
  };
}

/** The check date, then each document's period where the site knows one (a report's is not a rule's). */
function whenOf(documents: string[], context: PosterContext, lead = ''): string {
  return [lead, `本站核对日期：${formatDate(context.checked)}。`, ...periodSentences(documents, context.titles, context.periods)].join('');
}

/** A school's poster: its pairs on the newest list, the notice's words that put it there (the first fact of the notice), its source. */
export function schoolPoster(
  school: { name: string },
  own: ProgramPair[],
  list: { year: number; title: string; document: string },
  cityLabel: string,
  facts: Quoted[],
  context: PosterContext,
  /** The questions the notice leaves open (content/questions.yaml, each with the words the build checked it does not hold). */
  unsaid: string[] = [],
): PosterText {
  const newest = own.filter((p) => p.year === list.year);
  return {
    kind: `中职学校 · ${list.year}年五年制贯通培养试点 · ${cityLabel}`,
    title: school.name,
    subtitle: `${list.year}年名单上的专业对（${newest.length}个）：中职专业 → 高职学校 · 高职专业`,
    facts: newest.map(schoolPairLine),
    notes: unsaid.length > 0 ? [`通知没有写的，报名前要问学校：${unsaid.join('')}`] : [],
    ...quotesOf(facts.slice(0, 1), context),
    source: `来源：${context.titles.get(list.document) ?? list.document}附件《${list.title}》。`,
    when: whenOf([list.document], context),
  };
}

/** A chart's poster: its figures (bars drawn, others as lines), notes, the words its numbers come from. */
export function chartPoster(chart: ResolvedChart, sourceNames: string[], context: PosterContext): PosterText {
  const bars = chart.kind === 'bars';
  return {
    kind: `图表 · ${chart.section}`,
    title: chart.title,
    subtitle: chart.subtitle,
    ...(bars ? { panels: chart.panels } : {}),
    facts: bars ? [] : figureLines(chart.panels),
    notes: [...(chart.note ? [`注：${chart.note}`] : []), ...(bars && chart.panels.some((p) => p.data.some((d) => d.derived)) ? [DERIVED_NOTE] : [])],
    ...quotesOf(chart.sources, context),
    source: `来源：${sourceNames.join('；')}。`,
    when: whenOf(
      chart.sources.map((s) => s.document),
      context,
    ),
  };
}

/** An explainer's poster: its key points (the site's own reminders marked), the words they rest on. */
export function explainerPoster(
  explainer: {
    title: string;
    audience: string[];
    checked: string;
    sources: string[];
    keyPoints: { text: string; own?: boolean | undefined; sources?: Quoted[] | undefined }[];
  },
  context: PosterContext,
): PosterText {
  return {
    kind: `通俗解读 · 写给${explainer.audience.join('、')}`,
    title: explainer.title,
    facts: explainer.keyPoints.map((k) => (k.own ? `${k.text}（本站提示）` : k.text)),
    ...quotesOf(
      explainer.keyPoints.flatMap((k) => k.sources?.slice(0, 1) ?? []),
      context,
    ),
    source: `依据：${explainer.sources.map((id) => context.titles.get(id) ?? id).join('、')}。本文是本站的通俗解读，不是官方解释。`,
    when: whenOf(explainer.sources, context, `本文最后核对原文：${formatDate(explainer.checked)}。`),
  };
}
