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

/**
 * The address of every page and file the site makes for one thing, by what it is: pages and
 * components name a route instead of writing its path, so a path is written once, here. Each
 * returns the URL under the site's base path, like siteUrl. The link test of the built site
 * (tests/site/links.test.ts) stays the backstop.
 */
export const route = {
  /** A document's page, at a clause (`anchor`, or `attachment` for its list) when given. */
  policy: (id: string, anchor?: string | null) => siteUrl(`policies/${id}/${anchor ? `#${anchor}` : ''}`),
  school: (id: string) => siteUrl(`schools/${id}/`),
  college: (id: string) => siteUrl(`colleges/${id}/`),
  /** A school or a college, by which it is. */
  institution: (kind: 'school' | 'college', id: string) => siteUrl(`${kind === 'school' ? 'schools' : 'colleges'}/${id}/`),
  major: (id: string) => siteUrl(`majors/${id}/`),
  /** A 专业大类's place on /majors/. */
  category: (anchor: string) => siteUrl(`majors/#${anchor}`),
  city: (id: string) => siteUrl(`cities/${id}/`),
  explainer: (id: string) => siteUrl(`explainers/${id}/`),
  /** A year's list as its notice printed it. */
  list: (year: number) => siteUrl(`lists/${year}/`),
  /** A city's guide, or one of its doors (five-year, both-doors …). */
  guide: (city: string, door?: string) => siteUrl(`guide/${city}/${door ? `${door}/` : ''}`),
  /** A chart's page, its pictures, its table and its embed. */
  chart: (id: string) => siteUrl(`data/${id}/`),
  chartFile: (id: string, format: 'svg' | 'png') => siteUrl(`data/${id}.${format}`),
  chartTable: (id: string) => siteUrl(`data/charts/${id}.csv`),
  embed: (id: string) => siteUrl(`embed/${id}/`),
  /** A year's list as open data. */
  listData: (year: number, format: 'csv' | 'json') => siteUrl(`data/five-year-programs-${year}.${format}`),
  /** A page of a section by its id (schools, colleges, explainers, data …): share cards, posters and QR codes name pages by both. */
  page: (section: string, id: string) => siteUrl(`${section}/${id}/`),
  /** A list page of one year, or of the newest list (no year); 'YEAR' is the placeholder the year switch's script fills in. */
  yearPage: (section: 'programs' | 'map' | 'lists', year?: number | 'YEAR') => siteUrl(`${section}/${year === undefined ? '' : `${year}/`}`),
  /** A file of the search index (pagefind/…). */
  pagefind: (file: string) => siteUrl(`pagefind/${file}`),
  /** The QR code of the page at site path `path` (schools/<id>/ …). */
  qr: (path: string) => siteUrl(`qr/${path.replace(/\/$/, '')}.svg`),
} as const;
