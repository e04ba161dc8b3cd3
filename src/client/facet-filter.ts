import {
  checkFilter,
  facetsFromDataset,
  filterToSearch,
  parseFilter,
  unknownFilterMessage,
  type Facets,
  type Filter,
  type FilterChoice,
} from '../lib/domain/facets.ts';
import { formParams, onFormChange, replaceQuery } from './form-state.ts';

/**
 * The browser half of the site's one filter model (src/lib/domain/facets.ts), shared by /programs/, /map/
 * and /policies/: a filter form's keys are its named controls, the address mirrors the form, and
 * each listed element's facets are read from its data-facet-* attributes.
 */

/** The keys of a filter form: its named controls, in form order. */
export function filterKeys(form: HTMLFormElement): string[] {
  return [...new Set([...form.elements].flatMap((el) => (el instanceof HTMLSelectElement || el instanceof HTMLInputElement ? [el.name] : [])))].filter(Boolean);
}

/** The form's selects as choices: key, the label a reader sees, and the options (bare, without counts). */
function choicesOf(form: HTMLFormElement): FilterChoice[] {
  return [...form.querySelectorAll('select')].map((select) => ({
    key: select.name,
    label: select.labels[0]?.textContent?.trim() ?? select.name,
    options: [...select.options].map((o) => o.value).filter(Boolean),
  }));
}

/** The filter the form shows now. */
const readFilter = (form: HTMLFormElement): Filter => parseFilter(formParams(form), filterKeys(form));

/** Makes the form show `filter` (a control whose value it is not given is cleared). */
function showFilter(form: HTMLFormElement, filter: Filter): void {
  for (const key of filterKeys(form)) {
    const control = form.elements.namedItem(key);
    if ((control instanceof HTMLSelectElement || control instanceof HTMLInputElement) && control.value !== (filter[key] ?? ''))
      control.value = filter[key] ?? '';
  }
}

/** Puts `filter` in the address, keys in form order, without a history entry. */
const writeAddress = (form: HTMLFormElement, filter: Filter): void => replaceQuery(filterToSearch(filter, filterKeys(form)));

/**
 * The filter the address asks for, kept to the values the form offers. A value it has no option for
 * is named in `note` (`where` says what the page lists: 这份名单里) and left out; `changed` says the
 * address should be rewritten without it.
 */
function filterFromUrl(form: HTMLFormElement, note: HTMLElement | null, where: string): { filter: Filter; changed: boolean } {
  const checked = checkFilter(parseFilter(location.search, filterKeys(form)), choicesOf(form));
  if (note && checked.unknown.length > 0) {
    note.textContent = unknownFilterMessage(checked.unknown, where);
    note.hidden = false;
  }
  return { filter: checked.filter, changed: checked.unknown.length > 0 };
}

/** An element's facets, as the page wrote them (src/lib/domain/facets.ts#facetAttributes). */
export const facetsOf = (el: HTMLElement | SVGElement): Facets => facetsFromDataset(el.dataset);

/**
 * Binds a filter form to what a page shows: `show(filter)` runs with the address's filter as the page
 * opens (a value the form has no option for is named in `note`, `where` saying what the page lists:
 * 这份名单里), then on every change of the form (and every keystroke when `live`), the form and the
 * address following it. Returns a function that applies a filter as if chosen (the reset link).
 */
export function bindFilterForm(
  form: HTMLFormElement,
  { note, where, live = false, focusOnSubmit }: { note: HTMLElement | null; where: string; live?: boolean; focusOnSubmit?: HTMLElement | null },
  show: (filter: Filter) => void,
): (filter: Filter) => void {
  const apply = (filter: Filter, updateAddress: boolean) => {
    showFilter(form, filter);
    show(filter);
    if (updateAddress) writeAddress(form, filter);
  };
  onFormChange(form, () => apply(readFilter(form), true), { live, focusOnSubmit: focusOnSubmit ?? null });
  const fromUrl = filterFromUrl(form, note, where);
  apply(fromUrl.filter, fromUrl.changed);
  return (filter) => apply(filter, true);
}
