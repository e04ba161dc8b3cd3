// The search's first answer: the things the site knows by name (schools, colleges, majors, cities,
// documents, explainers), the questions it can answer or must say it cannot, matched in the browser
// against what a family types, before and without the full-text index. Pure: the index is built at
// build time (src/lib/views/answers.ts) and shipped inside the search page.

/** A page the site has, and the words that name it. */
export interface NamedPage {
  title: string;
  /** What it is, and where (中职学校 · 朔州市). */
  kind: string;
  /** Site path (schools/<id>/). */
  url: string;
  /** The search page's type filter value (学校, 专业 …). */
  type: string;
  /** Its names: the name, short names, colloquial words, pinyin and initials (lower case). */
  names: string[];
  /** Words about it that are not its name (its city, its majors): they find it, after the names. */
  about?: string[];
  /** Its program pairs, one line each (a handful, then how many), as a full-text result shows them. */
  pairs?: string[];
  /** A document's number, as parts (晋教职成|2025|1), matched in any form people type it. */
  docNumber?: string;
  /** Order among equally good answers: lower first (a 中职 major before its 高职 namesake). */
  order: number;
  city?: string[];
  field?: string[];
}

/** A question the documents answer, or leave open (content/questions.yaml, with its search words). */
export interface QuestionAnswer {
  /** Its id in content/questions.yaml. */
  id: string;
  question: string;
  /** What the documents say or do not say, in plain words (checked at build like every claim). */
  note: string;
  /** Groups of words, each group alternatives: the query must hold one word of every group. */
  match: string[][];
  /**
   * The document the note speaks of (通知 in the note is this one): its short title, its page, and
   * the period it applies to with where that stands on the content's check date (src/lib/views/period.ts).
   */
  document: { title: string; url: string; period: string };
  /** The clause it rests on, when there is one: its page#anchor and how to name it. */
  source?: { url: string; label: string };
  /** Whom to ask, as a page names them. */
  ask: string[];
  /** The nearest pages. */
  near: { title: string; url: string }[];
}

/** What the search page carries. */
export interface AnswerIndex {
  pages: NamedPage[];
  questions: QuestionAnswer[];
}

/** A query as compared: full-width forms folded (ＡＢ１ → ab1, （ → (), lower case, spaces collapsed. */
export const normalize = (q: string): string => q.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const BRACKETS = /[[\]()〔〕【】［］{}<>《》「」]/g;

/**
 * A document number's parts (issuer prefix, year, number) from any form people type it:
 * 晋教职成〔2025〕1号, [2025], (2025), 【2025】, 晋教职成2025年1号, 2025年1号文, …号文件, with spaces.
 * Null when the text is not a document number.
 */
export function docNumberParts(text: string): { prefix: string; year: string; number: string } | null {
  const t = normalize(text).replace(/\s+/g, '').replace(BRACKETS, '|');
  const m = /^([\p{Script=Han}]*?)\|?((?:19|20)\d\d)\|?年?第?(\d{1,4})号?(?:文件|文)?$/u.exec(t);
  if (!m || (!/号/.test(t) && !/年/.test(t) && !m[1] && !/\|/.test(t))) return null;
  return { prefix: m[1] ?? '', year: m[2] ?? '', number: String(Number(m[3])) };
}

/** A document number as the index stores it (晋教职成|2025|1). */
export const docNumberKey = (docNumber: string): string | undefined => {
  const parts = docNumberParts(docNumber);
  return parts ? `${parts.prefix}|${parts.year}|${parts.number}` : undefined;
};

/** Whether a typed document number names a document: same year and number, and its prefix, if typed, part of the document's. */
function sameDocNumber(key: string, typed: { prefix: string; year: string; number: string }): boolean {
  const [prefix = '', year, number] = key.split('|');
  return year === typed.year && number === typed.number && prefix.includes(typed.prefix);
}

/** Question words, particles and punctuation, taken out of a question before its words are matched to names. */
const QUESTION_WORDS =
  /请问|在哪里|在哪儿|在哪|是不是|是否|能不能|可不可以|可以吗|有没有|有哪些|哪些|哪里|哪儿|哪个|哪所|什么|怎么样|怎么办|怎么|怎样|如何|多少|为什么|吗|呢|吧|啊|[?？!！。，,、;；:：]/g;

/** Words that say what kind of thing is asked for, not which: left out when the query has others (护士专业有哪些学校). */
const GENERIC = new Set(['学校', '专业', '学院', '职校', '中职', '高职', '大专', '城市', '地方']);

/** The words of a query: the question stripped of its question words, split at spaces. */
export function queryWords(q: string): string[] {
  const words = normalize(q).replace(QUESTION_WORDS, ' ').split(' ').filter(Boolean);
  const specific = words.filter((w) => !GENERIC.has(w));
  return specific.length > 0 ? specific : words;
}

const isLatin = (word: string) => /^[a-z0-9+]+$/.test(word);

/**
 * How well one word of a query names a page: the word is a name (100), a name starts with it (70)
 * unless the word is about the page (its city: 50),
 * a name holds it (50); a Chinese name inside a longer query word (a name in a question: the
 * longer the name, the more, at most 45); words about the page count half. Latin letters (pinyin, initials) match
 * the start of a name only.
 */
function wordScore(word: string, page: NamedPage): number {
  const latin = isLatin(word);
  // A word that is about the page (its city) counts as that, even where a name starts with it: 朔州
  // is where 朔州职业技术学院 is, as it is where the 朔州 schools are.
  if (page.about?.includes(word) && !page.names.includes(word)) return 50;
  const score = (names: readonly string[]) => {
    let best = 0;
    for (const name of names) {
      if (name === word) return 100;
      if (name.startsWith(word) && (word.length >= 2 || !latin)) best = Math.max(best, 70);
      else if (!latin && word.length >= 2 && name.includes(word)) best = Math.max(best, 50);
      else if (!latin && name.length >= 2 && !isLatin(name) && word.includes(name)) best = Math.max(best, Math.min(45, 3 * name.length ** 2));
    }
    return best;
  };
  return Math.max(score(page.names), score(page.about ?? []) / 2);
}

/** The filters a search is narrowed by (the search page's type, city and 专业大类). */
export interface AnswerFilters {
  type?: string | undefined;
  city?: string | undefined;
  field?: string | undefined;
}

const passes = (page: NamedPage, filters: AnswerFilters) =>
  (!filters.type || page.type === filters.type) &&
  (!filters.city || (page.city ?? []).includes(filters.city)) &&
  (!filters.field || (page.field ?? []).includes(filters.field));

/**
 * The pages that answer a query by name, best first, at most `limit`: a document number finds its
 * document; otherwise every word of the query must name the page or be about it (朔州 机电 finds
 * the 朔州 school with a 机电 program), and the pages score the sum of their words.
 */
export function nameAnswers(index: AnswerIndex, q: string, filters: AnswerFilters = {}, limit = 5): NamedPage[] {
  const candidates = index.pages.filter((p) => passes(p, filters));
  const number = docNumberParts(q);
  if (number) {
    const found = candidates.filter((p) => p.docNumber !== undefined && sameDocNumber(p.docNumber, number));
    if (found.length > 0) return found.slice(0, limit);
  }
  const words = queryWords(q);
  if (words.length === 0 || (words.length === 1 && /^[a-z0-9]$/.test(words[0] ?? ''))) return [];
  const scored: { page: NamedPage; score: number }[] = [];
  for (const page of candidates) {
    let total = 0;
    for (const word of words) {
      const s = wordScore(word, page);
      if (s === 0) {
        total = 0;
        break;
      }
      total += s;
    }
    if (total > 0) scored.push({ page, score: total });
  }
  // Answers far weaker than the best are noise beside it (长治卫校 names the school; the city 长治
  // inside it is not what was asked for).
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score * 2 >= best)
    .sort((a, b) => b.score - a.score || a.page.order - b.page.order || a.page.title.length - b.page.title.length)
    .slice(0, limit)
    .map((s) => s.page);
}

/**
 * The questions a query asks (at most `limit`): every group of a question's words is in the query;
 * the more groups a question needs, the more specific it is and the earlier it comes (综合高中班的学费
 * before 学费), then the order of the index.
 */
export function questionAnswers(index: AnswerIndex, q: string, limit = 2): QuestionAnswer[] {
  const text = normalize(q).replace(/\s+/g, '');
  return index.questions
    .filter((question) => question.match.every((group) => group.some((word) => text.includes(word))))
    .sort((a, b) => b.match.length - a.match.length)
    .slice(0, limit);
}

/** Whether a page's text holds every word of the query as typed (the whole Chinese word, not its characters apart). */
export function holdsWords(text: string, q: string): boolean {
  const hay = normalize(text);
  const words = normalize(q).split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => hay.includes(w));
}

/**
 * Pagefind's results with the pages that hold the query as typed first: `exact` are the ids its
 * phrase search ("…") found, which match the words in order, not the characters anywhere; the rest
 * keep Pagefind's order.
 */
export function exactFirst<T extends { id: string }>(results: readonly T[], exact: ReadonlySet<string>): T[] {
  return [...results.filter((r) => exact.has(r.id)), ...results.filter((r) => !exact.has(r.id))];
}
