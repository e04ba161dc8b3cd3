/**
 * The one way the site's filter forms (/programs/, /map/, /policies/, /search/) keep their state:
 * the form is the state, the address mirrors it (shareable, and the back button leaves the page
 * rather than stepping through every choice), and what the form shows follows each change.
 */

/** Replaces the address's query with `query` ('' or '?a=b'), keeping the path; no history entry. */
export function replaceQuery(query: string): void {
  history.replaceState(null, '', `${location.pathname}${query}`);
}

/** The form's fields as parameters, as the form would submit them. */
export const formParams = (form: HTMLFormElement): URLSearchParams => new URLSearchParams(new FormData(form) as unknown as Record<string, string>);

/** `?name=value&…` of the form's non-empty fields, in form order ('' when all are empty). */
export function formQuery(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of formParams(form)) if (value.trim()) params.set(name, value.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Applies the form's state on every change (and on `input` too when `live`), and on submit without
 * leaving the page; `focusOnSubmit` (the result count) takes focus after a submit, so a keyboard or
 * screen-reader user lands on what changed.
 */
export function onFormChange(
  form: HTMLFormElement,
  apply: () => void,
  { live = false, focusOnSubmit }: { live?: boolean; focusOnSubmit?: HTMLElement | null } = {},
): void {
  if (live) form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
    focusOnSubmit?.focus();
  });
}
