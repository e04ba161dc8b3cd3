import { followYearParam } from '../lib/domain/years.ts';

/**
 * Honours `?year=` on /programs/ and /map/: a year with a list opens that year's page with the
 * other parameters kept; a year without one is named in a visible note, and this page's year is
 * shown. Returns true when the page is being replaced, so the caller stops enhancing it.
 */
export function followYear(root: Document): boolean {
  const nav = root.querySelector<HTMLElement>('[data-year-switch]');
  if (!nav) return false;
  const years = (nav.dataset['years'] ?? '').split(',').map(Number);
  const current = Number(nav.dataset['year']);
  const template = nav.dataset['yearPath'] ?? '';
  const result = followYearParam(location.search, current, years, (y) => template.replace('YEAR', String(y)));
  if (result.href) {
    location.replace(result.href);
    return true;
  }
  const note = root.querySelector<HTMLElement>('[data-year-note]');
  if (result.unknown !== undefined && note) {
    note.textContent = `链接里的年份“${result.unknown}”没有名单（本站收录：${years.join('、')}年），下面显示${current}年的名单。`;
    note.hidden = false;
  }
  return false;
}
