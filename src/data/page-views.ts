// Loaders of the page views: the data in, the view (src/lib/views/) out, so that a page asks for one
// thing. The list and map pages share theirs with another address (/programs/<year>/, /map/<year>/).
import type { City, FiveYearList, Institution, Major, Policy } from '../lib/content/schemas.ts';
import { askView } from '../lib/views/ask.ts';
import { fieldSummary, fiveYearOutcome, GOALS, goalChoices, homePairCount, programsFrom, schoolsIn, type GoalId } from '../lib/views/guide.ts';
import { cityListView, cityView } from '../lib/views/city.ts';
import { collegeView, routesView, schoolView } from '../lib/views/institution.ts';
import { figureProvenance } from '../lib/views/chart.ts';
import { homeView } from '../lib/views/home.ts';
import { listIndexView, listYearView } from '../lib/views/list.ts';
import { majorView } from '../lib/views/major.ts';
import { pressPageView } from '../lib/views/press.ts';
import { shortlistPageView } from '../lib/views/shortlist.ts';
import { mapPageView } from '../lib/views/map.ts';
import { documentText, policyPageView } from '../lib/views/policy.ts';
import { formatDate } from '../lib/web/format.ts';
import { route, sitePath, siteUrl } from '../lib/web/urls.ts';
import { programsPageView } from '../lib/views/programs-page.ts';
import {
  loadAskInputs,
  loadCatalogue,
  loadExplainersCiting,
  loadFacts,
  loadFeaturedStatistics,
  loadIncoming,
  loadLists,
  loadNewestList,
  loadNamedDocuments,
  loadOpenData,
  loadPairIndex,
  loadPairs,
  loadPolicies,
  loadPolicyPeriods,
  loadPolicyTitles,
  loadSearchTerms,
  loadSite,
  loadStatistics,
} from './collections.ts';
import { loadPosterPages, posterKey } from './posters.ts';
import { loadSearchWords } from './search-words.ts';
import { loadMap, loadMapEmbed } from './map-loaders.ts';

/** The list page of `year`; `fixed` on /programs/<year>/. */
export async function loadProgramsPageView(year: number, fixed: boolean) {
  return programsPageView({
    lists: await loadLists(),
    year,
    fixed,
    pairs: await loadPairs(year),
    cities: (await loadCatalogue()).cities,
    terms: await loadSearchTerms(),
    lead: (await loadSite()).leads.programs,
  });
}

/** The map page of `year`; `fixed` on /map/<year>/. */
export async function loadMapPageView(year: number, fixed: boolean) {
  return mapPageView({ map: await loadMap(year), newest: await loadMap(), lists: await loadLists(), embedHeights: (await loadMapEmbed()).heights, fixed });
}

/** What the map page component (src/components/MapPage.astro) takes. */
export type MapPageView = Awaited<ReturnType<typeof loadMapPageView>>;

/**
 * A school's page: its pairs and neighbours (schoolView), the small map of its routes, how the five
 * years work as the notice of the newest list it is on says it (that notice's facts), the questions
 * to ask, its search words, and whether it has a poster.
 */
export async function loadSchoolPageView(school: Institution) {
  const { cities } = await loadCatalogue();
  const index = await loadPairIndex();
  const view = schoolView(school, index, cities);
  const notice = (await loadLists()).find((l) => l.year === view.years[0])?.document ?? '';
  return {
    ...view,
    cities,
    notice: { id: notice, title: (await loadPolicyTitles()).get(notice) ?? notice },
    facts: (await loadFacts('five-year-scheme')).filter((f) => f.source.document === notice),
    hasPoster: (await loadPosterPages()).has(posterKey('schools', school.id)),
    ask: askView('five-year', { ...(await loadAskInputs()), school, college: view.colleges.length === 1 ? view.colleges[0] : undefined, document: notice }),
    routes: routesView(school, view.years[0]!, (await loadNewestList())?.year, index, cities),
    words: await loadSearchWords({ path: sitePath.school(school.id), names: [school.name], searchNames: school.searchNames ?? [] }),
  };
}

/** A college's page: the schools and pairs that lead to it (collegeView), the small map, the questions of the newest list's notice and its search words. */
export async function loadCollegePageView(college: Institution) {
  const { cities } = await loadCatalogue();
  const index = await loadPairIndex();
  const view = collegeView(college, index, cities);
  const newestYear = Math.max(...view.feeding.map((p) => p.year));
  const notice = (await loadLists()).find((l) => l.year === newestYear)?.document;
  return {
    ...view,
    cities,
    ask: askView('five-year', { ...(await loadAskInputs()), college, document: notice }),
    routes: routesView(college, newestYear, (await loadNewestList())?.year, index, cities),
    words: await loadSearchWords({ path: sitePath.college(college.id), names: [college.name], searchNames: college.searchNames ?? [] }),
  };
}

/**
 * A guide outcome page (/guide/<city>/<goal>/): the goal, its facts (for the five-year path those of
 * the newest list's notice, as on a school page), its questions, and for the five-year path the
 * newest list's counts, each 专业大类's programs nearest the city with their sentence and the link to
 * all of them, what the documents say of applying in another city, and the city's own schools.
 */
export async function loadGuidePageView(city: City, goalId: GoalId) {
  const goal = GOALS.find((g) => g.id === goalId)!;
  const { cities } = await loadCatalogue();
  const list = await loadNewestList();
  const pairs = list ? await loadPairs(list.year) : [];
  const inputs = await loadAskInputs();
  const crossCity = inputs.questions.find((q) => q.id === 'other-cities');
  return {
    goal,
    list,
    pairs: pairs.length,
    homePairs: homePairCount(city, pairs),
    sections: (goalId === 'five-year' ? fiveYearOutcome(city, pairs, cities) : []).map((s) => ({
      ...s,
      summary: fieldSummary(city, s),
      /** /programs/ with this field, ordered from this city. */
      allHref: siteUrl(programsFrom(city, s.field)),
    })),
    facts: (await loadFacts(goal.facts)).filter((f) => goal.id !== 'five-year' || f.source.document === list?.document),
    ask: goal.questions && askView(goal.questions, { ...inputs, document: goal.id === 'five-year' ? list?.document : undefined }),
    crossCity: crossCity && { note: crossCity.note, href: route.policy(crossCity.document), title: (await loadPolicyTitles()).get(crossCity.document) },
    homeSchools: schoolsIn(city, pairs),
    others: goalChoices(city).filter((g) => g.id !== goalId),
  };
}

/** A city's page: its institutions and pairs (cityView), what it says from the newest list (cityListView), the pilot facts and its search words. */
export async function loadCityPageView(city: City) {
  const catalogue = await loadCatalogue();
  const newestList = await loadNewestList();
  return {
    ...cityView(city, catalogue, await loadPairIndex()),
    ...cityListView(city, newestList ? await loadPairs(newestList.year) : [], catalogue.cities, (await loadAskInputs()).questions),
    pilotFacts: await loadFacts('pilot-per-city'),
    words: await loadSearchWords({ path: sitePath.city(city.id), names: [city.name] }),
  };
}

/**
 * A document's page: its text cut where its list tables go, with each table's pairs and further
 * columns, its table of contents, its relations (policyPageView), the explainers that cite it, its
 * period as of the check date and its search words.
 */
export async function loadPolicyPageView(entry: { id: string; data: Policy; rendered?: { html: string; metadata?: Record<string, unknown> } | undefined }) {
  const { parts, toc } = documentText(entry.rendered);
  const lists = await loadLists();
  return {
    parts,
    toc,
    tables: new Map(
      await Promise.all(
        parts
          .flatMap((p) => ('listYear' in p ? [p.listYear] : []))
          .map(async (year) => [year, { pairs: await loadPairs(year), columns: lists.find((l) => l.year === year)?.columns ?? [] }] as const),
      ),
    ),
    ...policyPageView({ id: entry.id, data: entry.data, incoming: (await loadIncoming()).get(entry.id) ?? [], titles: await loadPolicyTitles() }),
    explainers: await loadExplainersCiting(entry.id),
    period: (await loadPolicyPeriods()).get(entry.id)!,
    words: await loadSearchWords({ path: sitePath.policy(entry.id) }),
  };
}

/** An explainer's page, beside its compiled text: when it was last checked, in words, the documents it rests on (linked, by title) and its search words. */
export async function loadExplainerPageView(entry: { id: string; data: { checked: string; sources: string[] } }) {
  const titles = await loadPolicyTitles();
  return {
    checked: formatDate(entry.data.checked),
    sources: entry.data.sources.map((id) => ({ href: route.policy(id), title: titles.get(id) ?? id })),
    words: await loadSearchWords({ path: sitePath.explainer(entry.id) }),
  };
}

/** A major's page: its pairs and variants (majorView) and its search words. */
export async function loadMajorPageView(major: Major) {
  return {
    ...majorView(major, await loadPairIndex()),
    words: await loadSearchWords({ path: sitePath.major(major.id), names: [major.name], majorName: major.name }),
  };
}

/** The home page: the newest list's counts and fields, the cities, the key figures and the documents (homeView). */
export async function loadHomeView() {
  const latest = await loadNewestList();
  const settings = await loadSite();
  return homeView({
    list: latest,
    pairs: latest ? await loadPairs(latest.year) : [],
    cities: (await loadCatalogue()).cities,
    documents: (await loadPolicies()).map((p) => ({ id: p.id, title: p.data.title, kind: p.data.kind, level: p.data.level })),
    notices: await loadNamedDocuments(),
    lead: settings.leads.home,
    featured: (await loadFeaturedStatistics(settings.featured.home.map((f) => f.stat))).map((f, i) => ({ ...f, text: settings.featured.home[i]?.text ?? '' })),
    statistics: (await loadStatistics()).length,
  });
}

/** /press/ (pressPageView), its full links on `site`. */
export async function loadPressPageView(site: URL | undefined) {
  const settings = await loadSite();
  return {
    ...pressPageView({
      site,
      example: settings.pressExample,
      documents: await loadNamedDocuments(),
      figures: await loadFeaturedStatistics(settings.featured.press),
      datasets: await loadOpenData(),
      years: (await loadLists()).map((l) => l.year),
      contacts: await loadFacts('press-contact'),
    }),
    provenance: figureProvenance(await loadStatistics(), await loadNamedDocuments()),
  };
}

/** /shortlist/: every list's records and the cities' seats (shortlistPageView), and the questions of the newest list's notice. */
export async function loadShortlistPageView() {
  const lists = await Promise.all((await loadLists()).map(async (list) => ({ list, pairs: await loadPairs(list.year) })));
  return {
    ...shortlistPageView(lists, (await loadCatalogue()).cities),
    ask: askView('five-year', { ...(await loadAskInputs()), document: (await loadNewestList())?.document }),
  };
}

/** /lists/ (listIndexView). */
export async function loadListIndexView() {
  return listIndexView(await loadLists(), await loadNamedDocuments());
}

/** /lists/<year>/: its pairs, and what changed from the list before it (`previous`, null for the first). */
export async function loadListYearView(list: FiveYearList, previous: FiveYearList | null) {
  const pairs = await loadPairs(list.year);
  return {
    pairs,
    ...listYearView({
      list,
      pairs,
      previous: previous && { year: previous.year, pairs: await loadPairs(previous.year) },
      notice: (await loadNamedDocuments()).get(list.document),
    }),
  };
}
