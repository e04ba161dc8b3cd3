import { formQuery, onFormChange, replaceQuery } from './form-state.ts';

/**
 * Instant filtering of a server-rendered list by <select>s whose names match the items' data
 * attributes (a "|"-separated attribute matches any of its values). The state lives in the URL.
 * Without this script the whole list shows and the form stays hidden.
 */
export function enhanceListFilter(root: Document, formSelector: string, itemSelector: string, countId: string, noun: string) {
  const form = root.querySelector<HTMLFormElement>(formSelector);
  if (!form) return;
  form.hidden = false;
  const items = [...root.querySelectorAll<HTMLElement>(itemSelector)];
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const count = root.getElementById(countId);
  const apply = (updateUrl: boolean) => {
    let shown = 0;
    for (const item of items) {
      const ok = selects.every((s) => !s.value || (item.dataset[s.name] ?? '').split('|').includes(s.value));
      item.hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = `显示 ${shown} ${noun}（共 ${items.length} ${noun}）`;
    if (updateUrl) replaceQuery(formQuery(form));
  };
  const params = new URLSearchParams(location.search);
  for (const s of selects) s.value = params.get(s.name) ?? '';
  onFormChange(form, () => apply(true));
  apply(false);
}
