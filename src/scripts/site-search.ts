import { excerptParts, parseSearch, resultTarget, searchFilters, searchToQuery, type Anchor, type SearchState } from '../lib/search.ts';

interface Fragment {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
  weighted_locations: { weight: number; location: number }[];
  anchors: (Anchor & { element: string })[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<Fragment> }[]; filters: Record<string, Record<string, number>> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | null = null;

/** Loads Pagefind only when someone searches. */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ basePath: `${base}pagefind/`, excerptLength: 40 });
    await module.init();
    return module;
  })();
  return pagefind;
}

function render(list: HTMLElement, fragment: Fragment) {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  const target = resultTarget(fragment);
  link.href = target.url;
  link.textContent = fragment.meta['title'] ?? fragment.url;
  heading.append(link);
  const type = fragment.filters['type']?.[0];
  if (type) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = type;
    heading.append(' ', badge);
  }
  li.append(heading);
  const label = target.anchor?.text;
  if (label && label !== fragment.meta['title']) {
    const where = document.createElement('p');
    where.className = 'search-where';
    where.textContent = `匹配位置：${label.slice(0, 40)}`;
    li.append(where);
  }
  const excerpt = document.createElement('p');
  for (const part of excerptParts(fragment.excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  li.append(excerpt);
  list.append(li);
}

/** The search page: query and filters in the URL, results as you type, keyboard-friendly. */
export function enhanceSearchPage(root: Document, base: string) {
  const form = root.querySelector<HTMLFormElement>('[data-site-search]');
  const foundList = root.getElementById('search-results');
  const foundStatus = root.getElementById('search-status');
  if (!form || !foundList || !foundStatus) return;
  const list: HTMLElement = foundList;
  const status: HTMLElement = foundStatus;
  form.hidden = false;
  root.getElementById('search-fallback')?.setAttribute('hidden', '');
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  // Search as you type, one search at a time: while one runs, only the latest query waits. Pagefind
  // works through its searches in order, so letting every keystroke start one would make the first
  // results wait behind searches for queries already typed over.
  let busy = false;
  let pending: SearchState | null = null;

  async function search(state: SearchState) {
    if (!state.q) {
      list.replaceChildren();
      status.textContent = '请输入要搜索的学校、专业、城市或政策词语。';
      return;
    }
    if (!list.childElementCount) status.textContent = '正在搜索…';
    const found = await (await loadPagefind(base)).search(state.q, { filters: searchFilters(state) });
    // The first few results render as soon as their fragments arrive; the rest follow.
    const first = await Promise.all(found.results.slice(0, 4).map((r) => r.data()));
    list.replaceChildren();
    for (const fragment of first) render(list, fragment);
    if (pending) return;
    const rest = await Promise.all(found.results.slice(4, 20).map((r) => r.data()));
    if (pending) return;
    for (const fragment of rest) render(list, fragment);
    status.textContent = found.results.length
      ? `找到 ${found.results.length} 个相关页面${found.results.length > 20 ? '，显示前 20 个' : ''}。`
      : `没有找到“${state.q}”。可以试试更短的词（如“机电”“护理”），或去掉筛选条件，或按字母浏览学校和专业。`;
  }

  /** Fills the city and 专业大类 selects from the index (loading Pagefind right away, before the first keystroke). */
  async function fillFilters() {
    const all = await (await loadPagefind(base)).filters();
    for (const select of selects) {
      const values = Object.keys(all[select.name] ?? {}).sort(new Intl.Collator('zh-CN').compare);
      const current = select.value;
      for (const value of values) {
        if ([...select.options].some((o) => o.value === value)) continue;
        const option = document.createElement('option');
        option.value = value;
        option.textContent = value;
        select.append(option);
      }
      select.value = current;
    }
  }

  async function schedule(state: SearchState, updateUrl: boolean) {
    if (updateUrl) history.replaceState(null, '', `${location.pathname}${searchToQuery(state)}`);
    if (busy) {
      pending = state;
      return;
    }
    busy = true;
    try {
      await search(state);
    } finally {
      busy = false;
    }
    const next = pending;
    pending = null;
    if (next) await schedule(next, false);
  }

  const read = (): SearchState => {
    const state: SearchState = { q: input?.value.trim() ?? '' };
    for (const select of selects) if (select.value) state[select.name as 'type' | 'city' | 'field'] = select.value;
    return state;
  };
  const initial = parseSearch(location.search);
  if (input) input.value = initial.q;
  void fillFilters().then(() => {
    for (const select of selects) select.value = initial[select.name as 'type' | 'city' | 'field'] ?? '';
    void schedule(initial, false);
  });
  form.addEventListener('input', () => void schedule(read(), true));
  form.addEventListener('change', () => void schedule(read(), true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void schedule(read(), true);
  });
}
