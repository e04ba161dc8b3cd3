import { matches, optionCounts, type Filter } from '../lib/domain/facets.ts';
import { bindFilterForm, facetsOf } from './facet-filter.ts';
import { followYear } from './year-switch.ts';

/**
 * Makes the /programs/ filter form instant: filtering as you choose or type, live counts per
 * option, the state in the URL (shareable), and the result count announced to screen readers.
 * Each card carries its facets (src/lib/domain/facets.ts). Without this script the page shows the full
 * list and the form stays hidden.
 */
export function enhanceProgramFilter(root: Document) {
  const form = root.querySelector<HTMLFormElement>('[data-program-filter]');
  if (!form || followYear(root)) return;
  // The form needs this script to work (a static page cannot filter), so it appears only with it.
  form.hidden = false;
  const cards = [...root.querySelectorAll<HTMLElement>('.pair[data-pair]')].map((el) => ({ el, facets: facetsOf(el) }));
  const all = cards.map((c) => c.facets);
  const count = root.getElementById('result-count');
  const empty = root.getElementById('empty-result');
  const groups = [...root.querySelectorAll<HTMLElement>('.pair-group')];
  const selects = [...form.querySelectorAll('select')];

  function show(filter: Filter) {
    let shown = 0;
    for (const { el, facets } of cards) {
      el.hidden = !matches(facets, filter);
      if (!el.hidden) shown++;
    }
    for (const group of groups) {
      const visible = group.querySelectorAll('.pair:not([hidden])').length;
      group.hidden = visible === 0;
      const counter = group.querySelector('[data-group-count]');
      if (counter) counter.textContent = String(visible);
    }
    for (const select of selects) {
      const options = [...select.options].filter((o) => o.value);
      const counts = optionCounts(
        all,
        filter,
        select.name,
        options.map((o) => o.value),
      );
      for (const option of options) option.textContent = `${option.dataset['label'] ?? option.value}（${counts.get(option.value) ?? 0}）`;
    }
    if (count) count.textContent = shown === cards.length ? `共 ${cards.length} 个专业对` : `找到 ${shown} 个专业对（共 ${cards.length} 个）`;
    if (empty) empty.hidden = shown > 0;
  }

  const choose = bindFilterForm(
    form,
    { note: root.querySelector<HTMLElement>('[data-filter-note]'), where: '这份名单里', live: true, focusOnSubmit: count },
    show,
  );
  root.querySelector('[data-filter-reset]')?.addEventListener('click', (event) => {
    event.preventDefault();
    choose({});
  });
}
