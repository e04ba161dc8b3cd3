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
 * The path of every page and file the site makes for one thing, by what it is, site-relative (no
 * base path, no leading slash: schools/<id>/), as content and the search index name pages: a path is
 * written once, here. `route` gives the same as URLs under the base path. The link test of the built
 * site (tests/site/links.test.ts) stays the backstop.
 */
export const sitePath = {
  /** A document's page, at a clause (`anchor`, or `attachment` for its list) when given. */
  policy: (id: string, anchor?: string | null) => `policies/${id}/${anchor ? `#${anchor}` : ''}`,
  school: (id: string) => `schools/${id}/`,
  college: (id: string) => `colleges/${id}/`,
  /** A school or a college, by which it is. */
  institution: (kind: 'school' | 'college', id: string) => `${kind === 'school' ? 'schools' : 'colleges'}/${id}/`,
  major: (id: string) => `majors/${id}/`,
  /** A 专业大类's place on /majors/. */
  category: (anchor: string) => `majors/#${anchor}`,
  city: (id: string) => `cities/${id}/`,
  explainer: (id: string) => `explainers/${id}/`,
  /** A year's list as its notice printed it. */
  list: (year: number) => `lists/${year}/`,
  /** A city's guide, or one of its doors (five-year, both-doors …), at a place on it (`anchor`) when given. */
  guide: (city: string, door?: string, anchor?: string) => `guide/${city}/${door ? `${door}/` : ''}${anchor ? `#${anchor}` : ''}`,
  /** A chart's page, its pictures, its table and its embed. */
  chart: (id: string) => `data/${id}/`,
  chartFile: (id: string, format: 'svg' | 'png') => `data/${id}.${format}`,
  chartTable: (id: string) => `data/charts/${id}.csv`,
  embed: (id: string) => `embed/${id}/`,
  /** A year's list as open data. */
  listData: (year: number, format: 'csv' | 'json') => `data/five-year-programs-${year}.${format}`,
  /** A page of a section by its id (schools, colleges, explainers, data …): share cards, posters and QR codes name pages by both. */
  page: (section: string, id: string) => `${section}/${id}/`,
  /** A list page of one year, or of the newest list (no year); 'YEAR' is the placeholder the year switch's script fills in. */
  yearPage: (section: 'programs' | 'map' | 'lists', year?: number | 'YEAR') => `${section}/${year === undefined ? '' : `${year}/`}`,
  /** A file of the search index (pagefind/…). */
  pagefind: (file: string) => `pagefind/${file}`,
  /** The QR code of the page at site path `path` (schools/<id>/ …). */
  qr: (path: string) => `qr/${path.replace(/\/$/, '')}.svg`,
  /** Where the site says how it knows where each institution is (/cities/, 所在地是怎么确定的). */
  locationNote: () => 'cities/#how-known',
  /** Where /cities/ lists the schools and colleges whose location is not established. */
  unplaced: () => 'cities/#unknown',
  /** A page's share card (og:image), drawn after the build from its SVG (src/lib/web/pictures.ts). */
  shareCard: (kind: 'schools' | 'cities' | 'policies' | 'explainers', id: string) => `og/${kind}/${id}.png`,
  /** A page's poster (schools, charts or explainers). */
  poster: (kind: string, id: string) => `posters/${kind}/${id}.png`,
} as const;

type Routes = { readonly [K in keyof typeof sitePath]: (...args: Parameters<(typeof sitePath)[K]>) => string };

/** Each path of `sitePath` as a URL under the site's base path, like siteUrl. */
export const route = Object.fromEntries(
  Object.entries(sitePath).map(([name, path]) => [name, (...args: unknown[]) => siteUrl((path as (...a: unknown[]) => string)(...args))]),
) as Routes;
