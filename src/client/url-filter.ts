import { checkFilter, parseFilter, unknownFilterMessage, type ProgramFilter } from '../lib/program-filter.ts';

/**
 * The filter a page's URL asks for, kept to the values its form offers (the form's selects named
 * city, field, college). A value the list does not have is named in the page's [data-filter-note]
 * and left out; `changed` says the URL should be rewritten without it.
 */
export function filterFromUrl(form: HTMLFormElement, root: ParentNode): { filter: ProgramFilter; changed: boolean } {
  const options = (key: string) => {
    const select = form.elements.namedItem(key);
    return select instanceof HTMLSelectElement ? [...select.options].map((o) => o.value).filter(Boolean) : undefined;
  };
  const allowed = Object.fromEntries((['city', 'field', 'college'] as const).flatMap((k) => ((o) => (o ? [[k, o]] : []))(options(k))));
  const checked = checkFilter(parseFilter(location.search), allowed);
  const note = root.querySelector<HTMLElement>('[data-filter-note]');
  if (note && checked.unknown.length > 0) {
    note.textContent = unknownFilterMessage(checked.unknown);
    note.hidden = false;
  }
  return { filter: checked.filter, changed: checked.unknown.length > 0 };
}
