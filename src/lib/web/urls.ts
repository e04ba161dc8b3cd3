/**
 * The site's base path as Astro sees it (`/`, or `/zhijiao/` when BASE_PATH is set), always with
 * a trailing slash.
 */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Every internal URL goes through here so the site works under a sub-path. `path` is site-relative
 * ("policies/opinion-2023/" or "/policies/…"); a fragment or query is kept as it is.
 */
export function siteUrl(path: string, base: string = import.meta.env.BASE_URL): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}
