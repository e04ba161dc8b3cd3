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
import { onFormChange, replaceQuery } from './form-state.ts';
import { loadPagefind, type PagefindFragment } from './pagefind-loader.ts';

/** Results shown at once, and added by each 显示更多. */
const PAGE_SIZE = 10;

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

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
  const more: HTMLElement = foundMore;
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
  more.replaceChildren(moreButton);
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
    if (!pending) list.replaceChildren(make('li', 'search-none'));
    list.firstElementChild?.append(p);
  }

  async function search(state: SearchState) {
    more.hidden = true;
    showMore = null;
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
    if (!list.childElementCount) status.textContent = '正在搜索…';
    const found = await (await loadPagefind(base)).search(state.q, { filters: searchFilters(state) });
    // The first result is shown as soon as its fragment arrives, then the next three, in order; the
    // rest follow.
    // Shown even when the reader has typed on: results for 太 are better than nothing while those
    // for 太原铁路 are on their way.
    // The first fragment is asked for alone: four requests at once make the first one wait for all.
    const head = found.results[0]?.data();
    if (head) await head;
    const arriving = found.results.slice(0, 4).map((r, i) => (i === 0 && head ? head : r.data()));
    const first: PagefindFragment[] = [];
    for (const [i, next] of arriving.entries()) {
      first.push(await next);
      if (i === 0) list.replaceChildren();
      render(list, first[i]!);
    }
    if (arriving.length === 0) list.replaceChildren();
    list.dataset['query'] = state.q;
    if (pending) return;
    let shown = first.length;
    const total = found.results.length;
    const summary = () => {
      status.textContent = total
        ? `找到 ${total} 个相关页面${shown < total ? `，已显示 ${shown} 个` : ''}。`
        : `没有找到“${state.q}”。可以试试更短的词、下面的相近词，或去掉筛选条件。`;
      more.hidden = shown >= total;
    };
    let loading = false;
    showMore = async () => {
      if (loading) return;
      loading = true;
      const next = await Promise.all(found.results.slice(shown, shown === first.length ? PAGE_SIZE : shown + PAGE_SIZE).map((r) => r.data()));
      loading = false;
      if (pending) return;
      const firstNew = list.childElementCount;
      for (const fragment of next) render(list, fragment);
      shown += next.length;
      summary();
      if (firstNew > first.length) list.children[firstNew]?.querySelector('a')?.focus();
    };
    if (total > first.length) await showMore();
    if (pending) return;
    summary();
    if (total === 0) await suggest(state);
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
  async function schedule(state: SearchState, updateUrl: boolean) {
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
  onFormChange(form, () => void schedule(read(), true), { live: true });
}
