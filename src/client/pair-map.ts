import { matchesPair, parseFilter, filterToSearch, type ProgramFilter } from '../lib/program-filter.ts';
import { formParams, onFormChange, replaceQuery } from './form-state.ts';
import { filterFromUrl } from './url-filter.ts';
import { followYear } from './year-switch.ts';

/**
 * Adds interaction to the server-rendered pairing maps: hovering or focusing a school or college
 * highlights its links and shows a card linking to its page; on /map/, the city and 专业大类 filters
 * (same URL parameters as /programs/). Without this script the marks are plain links.
 */
export function enhancePairMaps(root: Document) {
  if (followYear(root)) return;
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg[data-pair-map]')) enhance(root, svg);
}

function enhance(root: Document, svg: SVGSVGElement) {
  const links = [...svg.querySelectorAll<SVGPathElement>('.link')];
  const marks = [...svg.querySelectorAll<SVGAElement>('.mark')];
  const card = root.getElementById('map-card');

  function activate(mark: SVGAElement | null) {
    const id = mark?.dataset['id'];
    svg.classList.toggle('has-active', Boolean(id));
    let count = 0;
    for (const link of links) {
      const on = Boolean(id) && (link.dataset['school'] === id || link.dataset['college'] === id);
      link.classList.toggle('is-active', on);
      if (on && !link.classList.contains('is-filtered')) count++;
    }
    for (const m of marks) m.classList.toggle('is-active', m === mark);
    if (!card) return;
    if (!mark || !id) {
      card.hidden = true;
      return;
    }
    const name = mark.querySelector('.mark-label')?.textContent ?? '';
    const kind = mark.dataset['kind'] === 'school' ? '中职学校' : '高职学校';
    const heading = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = name;
    heading.append(strong, `（${kind}），${count}条连线`);
    const link = document.createElement('a');
    link.href = mark.getAttribute('href') ?? '#';
    link.textContent = `查看${name}的页面`;
    card.replaceChildren(heading, link);
    card.hidden = false;
  }

  svg.addEventListener('mouseover', (e) => activate((e.target as Element).closest<SVGAElement>('.mark')));
  svg.addEventListener('focusin', (e) => activate((e.target as Element).closest<SVGAElement>('.mark')));
  svg.addEventListener('mouseleave', () => {
    if (!svg.contains(root.activeElement)) activate(null);
  });
  svg.addEventListener('focusout', (e) => {
    if (!svg.contains(e.relatedTarget as Node | null)) activate(null);
  });

  const form = root.querySelector<HTMLFormElement>('[data-map-filter]');
  if (!form) return;
  form.hidden = false;
  const status = root.getElementById('map-status');
  const apply = (filter: ProgramFilter, updateUrl: boolean) => {
    let shown = 0;
    const active = new Set<string>();
    for (const link of links) {
      const pair = { id: '', city: link.dataset['city'] ?? '', fields: (link.dataset['fields'] ?? '').split('|'), college: '', text: '' };
      const on = matchesPair(pair, { ...(filter.city ? { city: filter.city } : {}), ...(filter.field ? { field: filter.field } : {}) });
      link.classList.toggle('is-filtered', !on);
      if (on) {
        shown++;
        active.add(link.dataset['school'] ?? '');
        active.add(link.dataset['college'] ?? '');
      }
    }
    for (const mark of marks) mark.classList.toggle('is-filtered', !active.has(mark.dataset['id'] ?? ''));
    // The phone's city-by-city view follows the same filter.
    for (const section of root.querySelectorAll<HTMLElement>('.city-pairs')) {
      const cityOn = !filter.city || matchesPair({ id: '', city: section.dataset['city'] ?? '', fields: [], college: '', text: '' }, { city: filter.city });
      for (const school of section.querySelectorAll<HTMLElement>('[data-school]')) {
        for (const item of school.querySelectorAll<HTMLElement>('.city-pair'))
          item.hidden = !cityOn || Boolean(filter.field && !(item.dataset['fields'] ?? '').split('|').includes(filter.field));
        school.hidden = !school.querySelector('.city-pair:not([hidden])');
      }
      section.hidden = !section.querySelector('[data-school]:not([hidden])');
    }
    for (const key of ['city', 'field'] as const) {
      const select = form.elements.namedItem(key) as HTMLSelectElement | null;
      if (select) select.value = filter[key] ?? '';
    }
    if (status) status.textContent = `显示 ${shown} 条连线（共 ${links.length} 条）`;
    if (updateUrl) replaceQuery(filterToSearch(filter));
  };
  const read = () => parseFilter(formParams(form));
  onFormChange(form, () => apply(read(), true));
  const fromUrl = filterFromUrl(form, form);
  apply(fromUrl.filter, fromUrl.changed);
}
