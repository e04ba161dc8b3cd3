import QRCode from 'qrcode';
import { loadChartSourceNames, loadCharts } from './chart-loaders.ts';
import {
  loadCatalogue,
  loadClauseNamer,
  loadExplainers,
  loadFacts,
  loadNewestList,
  loadPairIndex,
  loadPolicyPeriods,
  loadPolicyTitles,
  loadQuestions,
  loadSite,
  once,
} from './collections.ts';
import { posterPicture } from '../lib/geometry/poster.ts';
import { schoolView } from '../lib/views/institution.ts';
import { chartPoster, explainerPoster, POSTER_PAGES, schoolPoster, type PosterContext, type PosterKind, type PosterText } from '../lib/views/poster.ts';
import { route } from '../lib/web/urls.ts';
import { site as strings } from '../strings.ts';

/** Every poster's text: each school on the newest list, each chart, each explainer. */
export const loadPosters = once(async (): Promise<{ kind: PosterKind; id: string; text: PosterText }[]> => {
  const context: PosterContext = {
    titles: await loadPolicyTitles(),
    clause: await loadClauseNamer(),
    periods: await loadPolicyPeriods(),
    checked: (await loadSite()).checked,
  };
  const list = await loadNewestList();
  const { schools, cities } = await loadCatalogue();
  const index = await loadPairIndex();
  const facts = list ? (await loadFacts('five-year-scheme')).filter((f) => f.source.document === list.document).map((f) => f.source) : [];
  // What the notice leaves open, as the questions the build checked (the words they say it lacks are not in it).
  const unsaid = list
    ? (await loadQuestions())
        .filter((q) => q.topic === 'five-year' && q.document === list.document && q.absent?.length)
        .map((q) => q.question)
        .slice(0, 3)
    : [];
  const posters: { kind: PosterKind; id: string; text: PosterText }[] = [];
  for (const school of schools) {
    const view = schoolView(school, index, cities);
    if (list && view.own.some((p) => p.year === list.year))
      posters.push({ kind: 'schools', id: school.id, text: schoolPoster(school, view.own, list, view.cityLabel, facts, context, unsaid) });
  }
  for (const chart of (await loadCharts()).charts)
    posters.push({ kind: 'charts', id: chart.id, text: chartPoster(chart, await loadChartSourceNames(chart.id), context) });
  for (const e of await loadExplainers()) posters.push({ kind: 'explainers', id: e.id, text: explainerPoster(e.data, context) });
  return posters;
});

/** How loadPosterPages names a poster: its kind and id. */
export const posterKey = (kind: PosterKind, id: string) => `${kind}/${id}`;

/** The posters there are (by posterKey), for the pages to link them. */
export const loadPosterPages = once(async () => new Set((await loadPosters()).map((p) => posterKey(p.kind, p.id))));

/** A poster as SVG, with its page's address and the QR code that opens it. */
export function posterSvg(poster: { kind: PosterKind; id: string; text: PosterText }, site: URL | undefined): string {
  const url = new URL(route.page(POSTER_PAGES[poster.kind], poster.id), site).href;
  return posterPicture({ ...poster.text, url, qr: QRCode.create(url, { errorCorrectionLevel: 'M' }).modules, site: strings.name });
}
