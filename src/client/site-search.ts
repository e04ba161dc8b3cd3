import {
  closestTerms,
  excerptParts,
  parseSearch,
  resultTarget,
  resultView,
  searchable,
  searchFilters,
  searchToQuery,
  type KnownTerm,
  type SearchState,
} from '../lib/domain/search.ts';
import { exactFirst, holdsWords } from '../lib/domain/answers.ts';
import { onFormChange, replaceQuery } from './form-state.ts';
import { loadPagefind, type Pagefind, type PagefindFragment } from './pagefind-loader.ts';
import { readAnswerIndex, showAnswers } from './search-answers.ts';
import { make } from './dom.ts';

/** Results shown at once, and added by each 显示更多. */
const PAGE_SIZE = 10;
/**
 * The first full-text results, fetched together and ordered so that pages holding the query as
 * typed come first (Pagefind also matches a Chinese word's characters apart: 联办学校 in pages that
 * only say 联合办学 and 学校).
 */
const FIRST_BATCH = 6;

/**
 * Pagefind's results for a query, the pages holding its words in order first: its phrase search
 * ("…", the same index chunks, so nothing more to download) runs beside the plain one.
 */
async function rankedSearch(engine: Pagefind, q: string, filters: Record<string, string>) {
  const phrase = !/\s/.test(q) && !q.includes('"');
  const [found, exact] = await Promise.all([engine.search(q, { filters }), phrase ? engine.search(`"${q}"`, { filters }) : null]);
  return exact ? exactFirst(found.results, new Set(exact.results.map((r) => r.id))) : found.results;
}

function render(list: HTMLElement, fragment: PagefindFragment) {
  const view = resultView(fragment);
  const li = make('li', 'search-result');
  const heading = make('h3');
  const link = make('a');
  const target = resultTarget(fragment);
  link.href = target.url;
  link.textContent = view.title;
  heading.append(link);
  li.append(heading, make('p', 'search-kind', view.kind));
  if (view.pairs.length > 0) {
    const pairs = make('ul', 'search-pairs');
    for (const line of view.pairs) pairs.append(make('li', undefined, line));
    li.append(pairs);
  }
  if (view.showExcerpt) {
    const label = target.anchor?.text;
    if (label && label !== view.title) li.append(make('p', 'search-where', `匹配位置：${label.slice(0, 40)}`));
    const excerpt = make('p');
    for (const part of excerptParts(fragment.excerpt)) excerpt.append(part.mark ? make('mark', undefined, part.text) : part.text);
    li.append(excerpt);
  }
  list.append(li);
}

let known: Promise<KnownTerm[]> | null = null;
const knownTerms = (base: string) =>
  (known ??= fetch(`${base}search/terms.json`)
    .then((r) => r.json() as Promise<KnownTerm[]>)
    .catch(() => []));

/** The search page: query and filters in the URL, results as you type, keyboard-friendly. */
export function enhanceSearchPage(root: Document, base: string) {
  const form = root.querySelector<HTMLFormElement>('[data-site-search]');
  const foundList = root.getElementById('search-results');
  const foundStatus = root.getElementById('search-status');
  const foundMore = root.getElementById('search-more');
  if (!form || !foundList || !foundStatus || !foundMore) return;
  const list: HTMLElement = foundList;
  const status: HTMLElement = foundStatus;
  const moreBox: HTMLElement = foundMore;
  const answers = root.getElementById('search-answers');
  const answerIndex = readAnswerIndex(root);
  form.hidden = false;
  root.getElementById('search-fallback')?.setAttribute('hidden', '');
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  // On the search page the engine starts loading at once, not at the first keystroke.
  void loadPagefind(base).catch(() => undefined);

  // Search as you type, one search at a time: while one runs, only the latest query waits. Pagefind
  // works through its searches in order, so letting every keystroke start one would make the first
  // results wait behind searches for queries already typed over.
  let busy = false;
  let pending: SearchState | null = null;
  let showMore: (() => Promise<void>) | null = null;

  const moreButton = make('button', undefined, '显示更多结果');
  moreButton.type = 'button';
  moreBox.replaceChildren(moreButton);
  moreButton.addEventListener('click', () => void showMore?.());

  async function suggest(state: SearchState) {
    const p = make('p', 'search-suggest');
    const close = closestTerms(state.q, await knownTerms(base));
    if (close.length > 0) {
      p.append('是不是要找：');
      close.forEach((term, i) => {
        const a = make('a', undefined, term);
        a.href = `${location.pathname}${searchToQuery({ ...state, q: term })}`;
        a.addEventListener('click', (event) => {
          event.preventDefault();
          if (input) input.value = term;
          void schedule({ ...state, q: term }, true);
        });
        p.append(i > 0 ? '、' : '', a);
      });
      p.append('。');
    }
    const programs = make('a', undefined, `在全部专业对里筛选“${state.q}”`);
    programs.href = `${base}programs/?q=${encodeURIComponent(state.q)}`;
    p.append(' 也可以', programs, '，或按索引浏览学校和专业。');
    if (pending) return;
    root.querySelector('.search-suggest')?.remove();
    list.before(p);
  }

  /** The full-text index could not load (offline, a dropped line): the answers above still stand; one button tries again. */
  function loadFailed(state: SearchState) {
    list.replaceChildren();
    list.dataset['query'] = state.q;
    status.textContent = `全文搜索没能加载，可能是网络断了。${anyAnswer() ? '上面的答案仍然可以打开。' : ''}`;
    const retry = make('button', 'search-retry', '重新加载全文搜索');
    retry.type = 'button';
    // A fresh page: a browser keeps a failed script or preload for the page that asked for it, and
    // the address holds the query and filters.
    retry.addEventListener('click', () => location.reload());
    status.append(' ', retry);
  }

  // The pages the answers above the results already show (full URLs), left out of the results.
  let answered = new Set<string>();
  const anyAnswer = () => Boolean(answers && !answers.hidden);
  /** What the answers above hold, said in the status too (a screen reader hears the status, not a new list). */
  const answersSaid = () => {
    const n = answers && !answers.hidden ? answers.querySelectorAll('li').length : 0;
    return n > 0 ? `上面列出 ${n} 条直接答案。` : '';
  };

  async function search(state: SearchState) {
    moreBox.hidden = true;
    showMore = null;
    root.querySelector('.search-suggest')?.remove();
    // The answers come first and at once: they need no request.
    answered = answers ? showAnswers(answers, answerIndex, searchable(state.q) ? state.q : '', state, base) : new Set();
    if (!state.q) {
      list.replaceChildren();
      list.dataset['query'] = '';
      status.textContent = '请输入要搜索的学校、专业、城市或政策词语。';
      return;
    }
    if (!searchable(state.q)) {
      list.replaceChildren();
      list.dataset['query'] = '';
      status.textContent = '拼音或字母请至少输入两个。';
      // Not searched, but the index chunk that holds the words starting with it is fetched now,
      // for the letters that follow.
      void (await loadPagefind(base)).preload(state.q).catch(() => undefined);
      return;
    }
    let engine: Pagefind;
    try {
      if (!list.childElementCount) status.textContent = anyAnswer() ? `${answersSaid()}正在加载全文搜索…` : '正在搜索…';
      engine = await loadPagefind(base);
    } catch {
      loadFailed(state);
      return;
    }
    const results = await rankedSearch(engine, state.q, searchFilters(state));
    // The first batch comes together, pages holding the words as typed first; the rest follow.
    const batch = await Promise.all(results.slice(0, FIRST_BATCH).map((r) => r.data()));
    const holding = batch.filter((f) => holdsWords(f.content, state.q));
    const first = [...holding, ...batch.filter((f) => !holdsWords(f.content, state.q))];
    // Pages that hold only some of the characters typed (量子纠缠态 in a page about 质量 and 形态)
    // are shown as what they are, with what to try instead.
    const scattered = results.length > 0 && holding.length === 0 && !anyAnswer() && /\p{Script=Han}/u.test(state.q);
    list.replaceChildren();
    let skipped = 0;
    // A page the answers above already show is not listed again (counted, for the status and tests).
    const add = (fragments: PagefindFragment[]) => {
      for (const fragment of fragments)
        if (answered.has(fragment.url.split('#')[0] ?? '')) skipped += 1;
        else render(list, fragment);
      list.dataset['skipped'] = String(skipped);
    };
    add(first);
    list.dataset['query'] = state.q;
    if (pending) return;
    let shown = first.length;
    const total = results.length;
    const summary = () => {
      const more = shown < total ? `，已显示 ${shown} 个` : '';
      status.textContent = scattered
        ? `没有页面含有完整的“${state.q}”；下面 ${total} 个页面只含有其中的部分字词。可以试试更短的词或下面的相近词。`
        : total
          ? `全文搜索找到 ${total} 个相关页面${more}${skipped > 0 ? `，其中 ${skipped} 个已在上面列出` : ''}。${answersSaid()}`
          : anyAnswer()
            ? `全文搜索没有找到更多含“${state.q}”的页面。${answersSaid()}`
            : `没有找到“${state.q}”。可以试试更短的词、下面的相近词，或去掉筛选条件。`;
      moreBox.hidden = shown >= total;
    };
    let loading = false;
    showMore = async () => {
      if (loading) return;
      loading = true;
      const next = await Promise.all(results.slice(shown, shown === first.length ? PAGE_SIZE : shown + PAGE_SIZE).map((r) => r.data()));
      loading = false;
      if (pending) return;
      const firstNew = list.childElementCount;
      add(next);
      shown += next.length;
      summary();
      if (firstNew > first.length) list.children[firstNew]?.querySelector('a')?.focus();
    };
    if (total > first.length) await showMore();
    if (pending) return;
    summary();
    if ((total === 0 && !anyAnswer()) || scattered) await suggest(state);
  }

  /** Fills the city and 专业大类 selects from the index. */
  async function fillFilters() {
    const all = await (await loadPagefind(base)).filters();
    for (const select of selects) {
      const values = Object.keys(all[select.name] ?? {}).sort(new Intl.Collator('zh-CN').compare);
      const current = select.value;
      for (const value of values) {
        if ([...select.options].some((o) => o.value === value)) continue;
        const option = make('option', undefined, value);
        option.value = value;
        select.append(option);
      }
      select.value = current;
    }
  }

  // The address follows the query searched, not every keystroke: while a search runs, typing only
  // replaces the one waiting (the browser's history call is not free, and it competes with the
  // arriving results for the page's main thread).
  // The query and filters last asked for: leaving the box (a change event with nothing changed, as
  // when the reader taps a result or the retry button) does not search again.
  let asked = '';
  async function schedule(state: SearchState, updateUrl: boolean) {
    asked = searchToQuery(state);
    if (busy) {
      pending = state;
      return;
    }
    if (updateUrl) replaceQuery(searchToQuery(state));
    busy = true;
    try {
      await search(state);
    } finally {
      busy = false;
    }
    const next = pending;
    pending = null;
    if (next) await schedule(next, true);
  }

  const read = (): SearchState => {
    const state: SearchState = { q: input?.value.trim() ?? '' };
    for (const select of selects) if (select.value) state[select.name as 'type' | 'city' | 'field'] = select.value;
    return state;
  };
  // A query from the URL (the header box on every page lands here) is searched at once; the
  // filter options fill in beside it.
  const initial = parseSearch(location.search);
  if (input) input.value = initial.q;
  for (const select of selects) {
    const value = initial[select.name as 'type' | 'city' | 'field'];
    if (value && ![...select.options].some((o) => o.value === value)) select.append(Object.assign(make('option', undefined, value), { value }));
    select.value = value ?? '';
  }
  void schedule(initial, false);
  void fillFilters();
  onFormChange(
    form,
    () => {
      const state = read();
      if (searchToQuery(state) !== asked) void schedule(state, true);
    },
    { live: true },
  );
}
