import { formParams, onFormChange, replaceQuery } from './form-state.ts';
import { filterFromUrl } from './url-filter.ts';
import { followYear } from './year-switch.ts';
import { filterPairs, filterToSearch, optionCounts, parseFilter, type FilterablePair, type ProgramFilter } from '../lib/program-filter.ts';

/**
 * Makes the /programs/ filter form instant: filtering as you choose or type, live counts per
 * option, the state in the URL (shareable), and the result count announced to screen readers.
 * Without this script the page shows the full list and the form still submits.
 */
export function enhanceProgramFilter(root: Document) {
  const form = root.querySelector<HTMLFormElement>('[data-program-filter]');
  const data = root.getElementById('program-data');
  if (!form || !data || followYear(root)) return;
  // The form needs this script to work (a static page cannot filter), so it appears only with it.
  form.hidden = false;
  const pairs = JSON.parse(data.textContent ?? '[]') as FilterablePair[];
  const count = root.getElementById('result-count');
  const empty = root.getElementById('empty-result');
  const cards = new Map([...root.querySelectorAll<HTMLElement>('.pair[data-pair]')].map((el) => [el.dataset['pair'] ?? '', el]));
  const groups = [...root.querySelectorAll<HTMLElement>('.pair-group')];
  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;

  function apply(filter: ProgramFilter, updateUrl: boolean) {
    for (const key of ['city', 'field', 'college', 'q'] as const) {
      const el = control(key);
      if (el && el.value !== (filter[key] ?? '')) el.value = filter[key] ?? '';
    }
    const shown = new Set(filterPairs(pairs, filter).map((p) => p.id));
    for (const [id, card] of cards) card.hidden = !shown.has(id);
    for (const group of groups) {
      const visible = [...group.querySelectorAll<HTMLElement>('.pair')].filter((c) => !c.hidden).length;
      group.hidden = visible === 0;
      const counter = group.querySelector('[data-group-count]');
      if (counter) counter.textContent = String(visible);
    }
    for (const key of ['city', 'field', 'college'] as const) {
      const select = control(key) as HTMLSelectElement | null;
      if (!select) continue;
      const options = [...select.options].filter((o) => o.value);
      const counts = optionCounts(
        pairs,
        filter,
        key,
        options.map((o) => o.value),
      );
      for (const option of options) option.textContent = `${option.dataset['label'] ?? option.value}（${counts.get(option.value) ?? 0}）`;
    }
    if (count) count.textContent = shown.size === pairs.length ? `共 ${pairs.length} 个专业对` : `找到 ${shown.size} 个专业对（共 ${pairs.length} 个）`;
    if (empty) empty.hidden = shown.size > 0;
    if (updateUrl) replaceQuery(filterToSearch(filter));
  }

  const read = (): ProgramFilter => parseFilter(formParams(form));
  onFormChange(form, () => apply(read(), true), { live: true, focusOnSubmit: count });
  root.querySelector('[data-filter-reset]')?.addEventListener('click', (event) => {
    event.preventDefault();
    apply({}, true);
  });
  const fromUrl = filterFromUrl(form, root);
  apply(fromUrl.filter, fromUrl.changed);
}
