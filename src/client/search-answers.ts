import { nameAnswers, questionAnswers, type AnswerFilters, type AnswerIndex, type NamedPage, type QuestionAnswer } from '../lib/domain/answers.ts';
import { make } from './dom.ts';

// The search's first answers, drawn from the index the search page carries (src/lib/views/answers.ts):
// the questions a query asks and the pages it names, at once, with no request. The full-text
// results of Pagefind come below them, in their own list, so this part never moves when they arrive.

/** Reads the index the page carries (a JSON data block), or an empty one. */
export function readAnswerIndex(root: Document): AnswerIndex {
  try {
    return JSON.parse(root.getElementById('search-answer-index')?.textContent ?? '') as AnswerIndex;
  } catch {
    return { pages: [], questions: [] };
  }
}

/** One question's answer: what the documents say or leave open, the clause, whom to ask, the nearest pages. */
export function questionBox(answer: QuestionAnswer, base: string, tag: 'li' | 'div' = 'li'): HTMLElement {
  const box = make(tag, 'answer-question');
  box.dataset['question'] = answer.id;
  box.append(make('p', 'answer-asked', answer.question), make('p', undefined, answer.note));
  // Which document the note speaks of ("通知" alone would not say which).
  const about = make('p', undefined, '说的是：');
  const doc = make('a', undefined, `《${answer.document.title}》`);
  doc.href = base + answer.document.url;
  about.append(doc);
  if (answer.document.period) about.append(`（${answer.document.period}）`);
  box.append(about);
  if (answer.source) {
    const p = make('p', 'answer-source', '依据：');
    const a = make('a', undefined, answer.source.label);
    a.href = base + answer.source.url;
    p.append(a);
    box.append(p);
  }
  box.append(make('p', undefined, `可以问：${answer.ask.join('、')}。`));
  if (answer.near.length > 0) {
    const p = make('p', undefined, '相关页面：');
    answer.near.forEach((page, i) => {
      const a = make('a', undefined, page.title);
      a.href = base + page.url;
      p.append(i > 0 ? '、' : '', a);
    });
    box.append(p);
  }
  return box;
}

function nameItem(page: NamedPage, base: string): HTMLElement {
  const li = make('li', 'search-result');
  const heading = make('h3');
  const link = make('a', undefined, page.title);
  link.href = base + page.url;
  heading.append(link);
  li.append(heading, make('p', 'search-kind', page.kind));
  if (page.pairs?.length) {
    const pairs = make('ul', 'search-pairs');
    for (const line of page.pairs) pairs.append(make('li', undefined, line));
    li.append(pairs);
  }
  return li;
}

/**
 * Shows the answers for a query in `box` (a section with a list for questions and one for names),
 * hidden when there are none. Returns the site paths shown, so the full-text list can leave them out.
 */
export function showAnswers(box: HTMLElement, index: AnswerIndex, q: string, filters: AnswerFilters, base: string): Set<string> {
  const questions = q ? questionAnswers(index, q) : [];
  const names = q ? nameAnswers(index, q, filters) : [];
  const questionList = box.querySelector('.answer-questions');
  const nameList = box.querySelector('.answer-names');
  questionList?.replaceChildren(...questions.map((a) => questionBox(a, base)));
  nameList?.replaceChildren(...names.map((p) => nameItem(p, base)));
  box.hidden = questions.length + names.length === 0;
  box.dataset['query'] = q;
  return new Set(names.map((p) => base + p.url));
}

let fetched: Promise<AnswerIndex> | null = null;

/**
 * The questions a query asks, for a page without the index inside it (the /programs/ keyword box
 * when it finds nothing): the index file is fetched once, on the first need; none when it cannot be.
 */
export async function fetchQuestionAnswers(searchBase: string, q: string): Promise<QuestionAnswer[]> {
  fetched ??= fetch(`${searchBase}answers.json`)
    .then((r) => (r.ok ? (r.json() as Promise<AnswerIndex>) : { pages: [], questions: [] }))
    .catch(() => ({ pages: [], questions: [] }));
  return questionAnswers(await fetched, q);
}
