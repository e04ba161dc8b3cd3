// View model of the home page: where a family starts (its city, the child's interests), what the
// newest list holds, a few key figures with their sources, and the documents the site collects.
import type { Claim, City, FiveYearList, Statistic } from '../content/schemas.ts';
import { categoryAnchor } from '../domain/alphabet.ts';
import type { ProgramPair } from '../domain/programs.ts';
import { kindBadge } from '../domain/vocabulary.ts';
import { statisticText } from '../geometry/bar-chart.ts';
import { route } from '../web/urls.ts';
import { listSource, listSummary, type Notice } from './list.ts';
import { GOALS } from './guide.ts';

/** A featured figure as src/data/collections.ts loadFeaturedStatistics gives it, with its plain sentence. */
interface Featured {
  statistic: Statistic;
  source: { document: string; anchor: string | null };
  documentTitle: string;
  text: string;
}

export function homeView(input: {
  list: FiveYearList | undefined;
  pairs: ProgramPair[];
  cities: City[];
  documents: { id: string; title: string; kind: string; level: string }[];
  notices: ReadonlyMap<string, Notice>;
  lead: Claim;
  featured: Featured[];
  statistics: number;
}) {
  const { list, pairs, cities, documents, notices, lead, featured, statistics } = input;
  const summary = listSummary(pairs, cities);
  const notice = list && notices.get(list.document);
  return {
    /** The newest list's counts, its 专业大类 (each linked to its place on /majors/) and its notice; null when there is no list. */
    list: list
      ? {
          year: list.year,
          schools: summary.schools,
          colleges: summary.colleges,
          pairs: pairs.length,
          cities: summary.citiesWithSchools.length,
          fields: summary.fields.map((f) => ({ name: f, href: route.category(categoryAnchor(f)) })),
          source: listSource(list, notice),
          /** Who would publish a newer list: the notice's issuers. */
          issuers: notice?.issuers.join('、') ?? '',
        }
      : null,
    cities: cities.map((c) => ({ name: c.name, href: route.guide(c.id, 'five-year') })),
    /** The guide's ways, as its link names them. */
    goals: GOALS.map((g) => g.path).join('、'),
    lead,
    keyFigures: featured.map((f) => ({
      value: statisticText(f.statistic),
      text: f.text,
      href: route.policy(f.source.document, f.source.anchor),
      documentTitle: f.documentTitle,
    })),
    documents: documents.map((d) => ({ title: d.title, href: route.policy(d.id), badge: kindBadge(d) })),
    statistics,
  };
}
