// The search page's first answers (src/lib/domain/answers.ts): every page the site knows by name,
// with the words people type for it, and the questions of content/questions.yaml that carry search
// words. Built once at build time from the same vocabulary the full-text index and the filters use
// (content/search-terms.yaml, short names, pinyin), so the three never disagree.
import { docNumberKey, normalize, type AnswerIndex, type NamedPage, type QuestionAnswer } from '../domain/answers.ts';
import type { PairIndex } from '../domain/pair-index.ts';
import { pinyinWords, resultPairLines, termsForPage } from '../domain/search-aids.ts';
import { kindBadge } from '../domain/vocabulary.ts';
import type { City, Institution, Major } from '../content/schemas.ts';
import type { Question, SearchTerm } from '../content/editorial-schemas.ts';
import { collegeView, schoolView } from './institution.ts';
import { cityView } from './city.ts';
import { majorView } from './major.ts';
import { sitePath } from '../web/urls.ts';

/** Whom a question tells the reader to ask, by name. */
const ASK_NAMES: Record<Question['ask'][number], string> = { school: '报考的中职学校', college: '合作的高职学校', 'city-bureau': '所在市的教育局' };

export interface AnswerInputs {
  catalogue: { schools: Institution[]; colleges: Institution[]; majors: Major[]; cities: City[] };
  pairs: PairIndex;
  terms: SearchTerm[];
  places: string[];
  policies: { id: string; title: string; shortTitle: string; docNumber: string | null; kind: string; level: string }[];
  explainers: { id: string; title: string }[];
  questions: Question[];
  /** Names a clause of a document (第二部分第4条). */
  clauseName: (document: string, anchor: string) => string;
  /** Each document's period and where it stands on the check date (src/lib/views/period.ts), by id. */
  periods: ReadonlyMap<string, { text: string; status: string }>;
}

const words = (...lists: (readonly string[])[]) => [...new Set(lists.flat().map(normalize).filter(Boolean))];
const bare = (city: string) => city.replace(/市$/, '');

/** The answer index of the search page. */
export function answerIndex(input: AnswerInputs): AnswerIndex {
  const { catalogue, pairs, terms, places, policies, explainers } = input;
  const { schools, colleges, majors, cities } = catalogue;
  const pages: NamedPage[] = [];
  const cityName = new Map(cities.map((c) => [c.id, c.name]));
  const latin = (name: string) => pinyinWords(name, places);
  const majorWords = (major: Major) => [major.name, ...termsForPage(terms, { path: '', majorName: major.name })];

  for (const policy of policies) {
    const path = sitePath.policy(policy.id);
    const key = policy.docNumber ? docNumberKey(policy.docNumber) : undefined;
    pages.push({
      title: policy.shortTitle,
      kind: `${kindBadge(policy)}${policy.docNumber ? ` · ${policy.docNumber}` : ''}`,
      url: path,
      type: '政策文件',
      names: words([policy.shortTitle, policy.title, ...(policy.docNumber ? [policy.docNumber] : []), ...termsForPage(terms, { path })]),
      ...(key ? { docNumber: key } : {}),
      order: 1,
    });
  }
  for (const explainer of explainers) {
    const path = sitePath.explainer(explainer.id);
    pages.push({
      title: explainer.title,
      kind: '通俗解读',
      url: path,
      type: '解读',
      names: words([explainer.title, ...termsForPage(terms, { path })]),
      order: 2,
    });
  }
  for (const school of schools) {
    const view = schoolView(school, pairs, cities);
    const own = view.own;
    pages.push({
      title: school.name,
      kind: `中职学校 · ${view.cityLabel}`,
      url: sitePath.school(school.id),
      type: '学校',
      names: words([school.name, ...(school.searchNames ?? []), ...latin(school.name)]),
      about: words(
        view.cityName ? [view.cityName, bare(view.cityName)] : [],
        own.flatMap((p) => [...majorWords(p.schoolProgram.major), ...majorWords(p.collegeProgram.major), p.schoolProgram.name]),
      ),
      pairs: resultPairLines(view.searchLines),
      order: 3,
      ...(view.cityName ? { city: [view.cityName] } : {}),
      field: view.fields,
    });
  }
  for (const college of colleges) {
    const view = collegeView(college, pairs, cities);
    pages.push({
      title: college.name,
      kind: `高职学校 · ${view.cityLabel}`,
      url: sitePath.college(college.id),
      type: '高职院校',
      names: words([college.name, ...(college.searchNames ?? []), ...latin(college.name)]),
      about: words(
        view.cityName ? [view.cityName, bare(view.cityName)] : [],
        view.feeding.flatMap((p) => majorWords(p.collegeProgram.major)),
      ),
      pairs: resultPairLines(view.searchLines),
      order: 4,
      ...(view.cityName ? { city: [view.cityName] } : {}),
      field: view.fields,
    });
  }
  for (const major of majors) {
    const view = majorView(major, pairs);
    const where = [...new Set((pairs.byMajor.get(major.id) ?? []).flatMap((p) => [p.city?.name, cityName.get(p.college.city ?? '')]))].filter(
      (c): c is string => Boolean(c),
    );
    pages.push({
      title: view.searchTitle,
      kind: view.searchKind,
      url: sitePath.major(major.id),
      type: '专业',
      // With the names the notices printed for it (计算机平面设计（紫砂陶艺）): 紫砂 finds it.
      names: words(majorWords(major), view.variants, latin(major.name)),
      // Not its cities as words about it: 朔州 机电 asks for a school in 朔州, not for the major.
      pairs: resultPairLines(view.searchLines),
      order: view.secondary ? 5 : 6,
      city: where,
      field: [major.category],
    });
  }
  for (const city of cities) {
    const view = cityView(city, catalogue, pairs);
    pages.push({
      title: city.name,
      kind: view.kind,
      url: sitePath.city(city.id),
      type: '城市',
      names: words([city.name, bare(city.name), ...latin(city.name)]),
      about: words(city.counties.map((k) => k.name)),
      // A city's own page before the schools named after it (shuozhou: 朔州市, then 朔州职业技术学院).
      order: 0,
      city: [city.name],
    });
  }
  return { pages, questions: questionAnswers(input) };
}

/** The questions that carry search words, as the search page answers them. */
function questionAnswers({ questions, policies, explainers, clauseName, periods }: AnswerInputs): QuestionAnswer[] {
  const titles = new Map(policies.map((p) => [p.id, p.shortTitle]));
  const explainerTitles = new Map(explainers.map((e) => [e.id, e.title]));
  return questions.flatMap((q) => {
    if (!q.search) return [];
    const source = q.source
      ? {
          url: sitePath.policy(q.source.document, q.source.anchor),
          label: `《${titles.get(q.source.document) ?? q.source.document}》${clauseName(q.source.document, q.source.anchor)}`,
        }
      : undefined;
    return [
      {
        id: q.id,
        question: q.question,
        note: q.note,
        document: {
          title: titles.get(q.document) ?? q.document,
          url: sitePath.policy(q.document),
          // A rule is shown with the period its document names (the 2024 pilot's has passed).
          period: ((period) => (period ? `适用于${period.text}；${period.status}` : ''))(periods.get(q.document)),
        },
        match: q.search.map((group) => group.split('|').map(normalize)),
        ...(source ? { source } : {}),
        ask: q.ask.map((key) => ASK_NAMES[key]),
        near: (q.near ?? []).map((id) => ({ title: explainerTitles.get(id) ?? id, url: sitePath.explainer(id) })),
      },
    ];
  });
}
