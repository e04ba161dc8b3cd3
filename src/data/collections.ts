import { getCollection, type CollectionEntry } from 'astro:content';
import { citationsIn } from '../lib/content/explainer-citations.ts';
import { appendTo, byId } from '../lib/domain/by-id.ts';
import { byPinyin } from '../lib/domain/locations.ts';
import { indexPairs } from '../lib/domain/pair-index.ts';
import { listPairs, type ProgramPair } from '../lib/domain/programs.ts';
import { contentOf } from '../content/read.ts';
import { changeSchema, officialChannelSchema, questionSchema, searchTermSchema, siteSchema, type Fact } from '../lib/content/editorial-schemas.ts';
import { newestYear } from '../lib/domain/years.ts';
import { datasetFields } from '../lib/domain/open-data.ts';
import { statisticSource } from '../lib/domain/statistics.ts';
import { clauseName } from '../lib/content/clause-ids.ts';
import { incomingDocuments } from '../lib/content/relations.ts';
import { squash } from '../lib/content/text.ts';
import { isPressReport } from '../lib/domain/vocabulary.ts';
import { periodStatus } from '../lib/views/period.ts';
import type { NamedDocument } from '../lib/views/site-context.ts';
import { answerIndex } from '../lib/views/answers.ts';

/**
 * Remembers what a loader returned for the rest of the build: every page asks for the same
 * catalogue and pairs, and at national scale recomputing them per page would make the build
 * quadratic.
 */
export function once<A extends unknown[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = load(...args)));
    return hit;
  };
}

/** The single place pages read content from: plain arrays, sorted, ready for src/lib. */
export const loadCatalogue = once(async () => {
  const [schools, colleges, majors, cities] = await Promise.all([
    getCollection('schools'),
    getCollection('colleges'),
    getCollection('majors'),
    getCollection('cities'),
  ]);
  // Collections come back in no promised order: sort so every page lists things the same way
  // (institutions by their pinyin id, majors by code, cities in the order of content/cities.yaml,
  // the province's own order: 太原、大同、阳泉、长治… — pinyin put 长治 last, read as zhǎng).
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  const cityOrder = new Map((await contentOf()).cities.map((e, i) => [(e.data as { id?: string } | null)?.id, i]));
  const position = (id: string) => cityOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  return {
    schools: schools.map((e) => e.data).sort(byId),
    colleges: colleges.map((e) => e.data).sort(byId),
    majors: majors.map((e) => e.data).sort(byId),
    cities: cities.map((e) => e.data).sort((a, b) => position(a.id) - position(b.id) || byPinyin(a.name, b.name)),
  };
});

/** Every published five-year list, newest first. */
export const loadLists = once(async () => (await getCollection('fiveYearLists')).map((e) => e.data).sort((a, b) => b.year - a.year));

/** The list the pages about the program show (home, /programs/, /map/, charts): the newest (src/lib/domain/years.ts). */
export const loadNewestList = once(async () => {
  const lists = await loadLists();
  return lists.find((l) => l.year === newestYear(lists));
});

/** The program pairs of the list for `year`. */
export const loadPairs = once(async (year: number): Promise<ProgramPair[]> => {
  const list = (await loadLists()).find((l) => l.year === year);
  if (!list) throw new Error(`没有 ${year} 年的五年制名单`);
  return listPairs(list, await loadCatalogue());
});

/** The pairs of every published list, newest list first. */
export const loadAllPairs = once(async (): Promise<ProgramPair[]> => {
  const catalogue = await loadCatalogue();
  return (await loadLists()).flatMap((list) => listPairs(list, catalogue));
});

/** All pairs, indexed by school, college, major and city. */
export const loadPairIndex = once(async () => indexPairs(await loadAllPairs()));

/** Every document's outline (blocks, anchors, section titles), parsed once when the content was read (src/content/read.ts). */
export const loadOutlines = once(async () => new Map((await contentOf()).policies.flatMap((p) => (p.outline ? [[p.label, p.outline] as const] : []))));

/** Every document's text, squashed as quotes are searched in it (once per build). */
const loadPlainTexts = once(async () => new Map([...(await loadOutlines())].map(([id, outline]) => [id, squash(outline.text)])));

/** Plain-language statements for one topic, in the order their quotes appear in the documents (once per topic). */
export const loadFacts = once(async (topic: Fact['topic']) => {
  const texts = await loadPlainTexts();
  const position = (f: Fact) => `${f.source.document}:${String(texts.get(f.source.document)?.indexOf(squash(f.source.quote)) ?? 0).padStart(8, '0')}`;
  return (await getCollection('facts'))
    .map((e) => e.data)
    .filter((f) => f.topic === topic)
    .sort((a, b) => position(a).localeCompare(position(b)));
});

/** The site's editorial settings (content/site.yaml), checked by the same schema as at the integrity check. */
export const loadSite = once(async () => siteSchema.parse((await contentOf()).site?.data));

/** What a family should ask, by path (content/questions.yaml), in file order. */
export const loadQuestions = once(async () => (await contentOf()).questions.map((e) => questionSchema.parse(e.data)));

/**
 * What src/lib/views/ask.ts needs for one path: its questions, the checked channels, the documents'
 * short titles, the clause that names the city's education bureau (the pilot's) and the contact the
 * path's document prints (the 2025 notice's).
 */
export const loadAskInputs = once(async () => {
  const facts = [...(await loadFacts('pilot-per-city')), ...(await loadFacts('press-contact'))];
  return {
    questions: await loadQuestions(),
    channels: await loadOfficialChannels(),
    titles: await loadPolicyTitles(),
    bureauFact: facts.find((f) => f.id === 'pilot-organised-by-city'),
    contactFact: facts.find((f) => f.id === 'contact-five-year-notice'),
  };
});

/** The site's record of changes and corrections, newest first (content/changes.yaml). */
export const loadChanges = once(async () => (await contentOf()).changes.map((e) => changeSchema.parse(e.data)).sort((a, b) => b.date.localeCompare(a.date)));

/** The checked official channels of the institutions (content/official-channels.yaml). */
export const loadOfficialChannels = once(async () => (await contentOf()).officialChannels.map((e) => officialChannelSchema.parse(e.data)));

/** The open-data files and their fields (content/open-data.yaml). */
export const loadOpenData = once(async () => (await getCollection('openData')).map((e) => e.data));

/** The fields of one open-data file, in file order. */
export const loadDatasetFields = once(async (id: string) => {
  const all = await loadOpenData();
  const dataset = all.find((d) => d.id === id);
  if (!dataset) throw new Error(`content/open-data.yaml 缺少数据集 ${id}`);
  return datasetFields(dataset, all);
});

/** Words people type and the pages they lead to (content/search-terms.yaml, checked at build). */
export const loadSearchTerms = once(async () => (await contentOf()).searchTerms.map((t) => searchTermSchema.parse(t.data)));

/** City and county names, for the pinyin of names that contain them. */
export const loadPlaceNames = once(async () => (await loadCatalogue()).cities.flatMap((c) => [c.name, ...c.counties.map((k) => k.name)]));

/** Names a clause of a document for a reader: 第二部分第4条, or a named section's heading. */
export const loadClauseNamer = once(async () => {
  const outlines = await loadOutlines();
  return (document: string, anchor: string | null): string => (anchor ? (clauseName(anchor) ?? outlines.get(document)?.titles.get(anchor) ?? '相关段落') : '');
});

/** The newest document the site holds (by its date). */
export const loadNewestPolicy = once(async () => (await loadPolicies()).at(-1));

/** Policy documents, oldest first (the order the policy developed in). */
export const loadPolicies = once(async (): Promise<CollectionEntry<'policies'>[]> =>
  (await getCollection('policies')).sort((a, b) => a.data.date.localeCompare(b.data.date)),
);

/** Each document's period and where it stands on the content's check date (src/lib/views/period.ts). */
export const loadPolicyPeriods = once(async () => {
  const { checked } = await loadSite();
  return new Map((await loadPolicies()).map((p) => [p.id, periodStatus(p.data.period, checked, isPressReport(p.data))]));
});

/** Each document as a page that names it says it (title, short and citation titles, 文号, issuers, date with its label, press report or not), by id. */
export const loadNamedDocuments = once(
  async () =>
    new Map<string, NamedDocument>(
      (await loadPolicies()).map((p) => [
        p.id,
        {
          title: p.data.title,
          shortTitle: p.data.shortTitle,
          citeTitle: p.data.citeTitle,
          docNumber: p.data.docNumber,
          issuers: p.data.issuers,
          date: p.data.date,
          dateLabel: p.data.dateLabel,
          press: isPressReport(p.data),
        },
      ]),
    ),
);

/** Each document's short title by id, made once per build (thousands of pages name documents). */
export const loadPolicyTitles = once(async () => new Map([...(await loadNamedDocuments())].map(([id, n]) => [id, n.shortTitle])));

/** For each document, the documents whose relations name it, oldest first. */
export const loadIncoming = once(async () => incomingDocuments(await loadPolicies()));

/** All statistics. */
export const loadStatistics = once(async () => (await getCollection('statistics')).map((e) => e.data));

/** One statistic by id; the build fails, naming the id, if it does not exist. */
export async function loadStatistic(id: string) {
  const found = (await loadStatistics()).find((s) => s.id === id);
  if (!found) throw new Error(`统计数字 ${id} 不存在于 content/statistics.yaml`);
  return found;
}

/** Explainers, in the order of their `order` field. */
export async function loadExplainers(): Promise<CollectionEntry<'explainers'>[]> {
  return (await getCollection('explainers')).sort((a, b) => a.data.order - b.data.order);
}

/** For each document, the explainers that cite it, in their order (each explainer read once per build). */
const loadCitingExplainers = once(async () => {
  const citing = new Map<string, CollectionEntry<'explainers'>[]>();
  for (const e of await loadExplainers()) for (const doc of new Set(citationsIn(e.body ?? '').map((c) => c.doc))) appendTo(citing, doc, e);
  return citing;
});

/** The explainers that cite a document, in their order. */
export async function loadExplainersCiting(document: string) {
  return (await loadCitingExplainers()).get(document) ?? [];
}

/** Featured statistics (by id, in the order given) with their source clause and document title. */
export async function loadFeaturedStatistics(ids: readonly string[]) {
  const statistics = new Map((await loadStatistics()).map((s) => [s.id, s]));
  const policies = byId(await loadPolicies());
  const outlines = await loadOutlines();
  return ids.flatMap((id) => {
    const s = statistics.get(id);
    if (!s) throw new Error(`精选数字 ${id} 不存在于 content/statistics.yaml`);
    const policy = policies.get(s.source.document);
    return [{ statistic: s, source: statisticSource(s, outlines.get(s.source.document)), documentTitle: policy?.data.shortTitle ?? s.source.document }];
  });
}

/** The search page's first answers (src/lib/views/answers.ts): every name the site knows, and the questions it answers. */
export const loadAnswerIndex = once(async () =>
  answerIndex({
    catalogue: await loadCatalogue(),
    pairs: await loadPairIndex(),
    terms: await loadSearchTerms(),
    places: await loadPlaceNames(),
    policies: (await loadPolicies()).map((p) => ({ id: p.id, ...p.data })),
    explainers: (await loadExplainers()).map((e) => ({ id: e.id, title: e.data.title })),
    questions: await loadQuestions(),
    clauseName: await loadClauseNamer(),
    periods: await loadPolicyPeriods(),
  }),
);
