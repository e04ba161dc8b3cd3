import { matches, type Filter } from '../lib/domain/facets.ts';
import { bindFilterForm, facetsOf } from './facet-filter.ts';

/**
 * Instant filtering of a server-rendered list whose items carry facets (src/lib/domain/facets.ts) by the
 * selects of a form; the state lives in the address. Without this script the whole list shows and
 * the form stays hidden.
 */
export function enhanceListFilter(
  root: Document,
  { form: formSelector, items: itemSelector, count: countId, noun, where }: { form: string; items: string; count: string; noun: string; where: string },
) {
  const form = root.querySelector<HTMLFormElement>(formSelector);
  if (!form) return;
  form.hidden = false;
  const items = [...root.querySelectorAll<HTMLElement>(itemSelector)].map((el) => ({ el, facets: facetsOf(el) }));
  const count = root.getElementById(countId);
  bindFilterForm(form, { note: root.querySelector<HTMLElement>('[data-filter-note]'), where }, (filter: Filter) => {
    let shown = 0;
    for (const { el, facets } of items) {
      const ok = matches(facets, filter);
      el.hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = `显示 ${shown} ${noun}（共 ${items.length} ${noun}）`;
  });
}
