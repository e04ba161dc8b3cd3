import { matches, type Filter } from '../lib/domain/facets.ts';
import { bindFilterForm, facetsOf } from './facet-filter.ts';
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
  const lines = links.map((el) => ({ el, facets: facetsOf(el) }));
  // The phone's city-by-city view: each pair's line carries the same facets as the drawing's.
  // And so does each row of the table of all pairs.
  const rows = [...root.querySelectorAll<HTMLElement>('.city-pair, .pair-row')].map((el) => ({ el, facets: facetsOf(el) }));
  bindFilterForm(form, { note: form.querySelector<HTMLElement>('[data-filter-note]'), where: '这份名单里' }, (filter: Filter) => {
    let shown = 0;
    const active = new Set<string>();
    for (const { el, facets } of lines) {
      const on = matches(facets, filter);
      el.classList.toggle('is-filtered', !on);
      if (on) {
        shown++;
        active.add(el.dataset['school'] ?? '');
        active.add(el.dataset['college'] ?? '');
      }
    }
    for (const mark of marks) mark.classList.toggle('is-filtered', !active.has(mark.dataset['id'] ?? ''));
    for (const { el, facets } of rows) el.hidden = !matches(facets, filter);
    for (const school of root.querySelectorAll<HTMLElement>('.city-schools > li')) school.hidden = !school.querySelector('.city-pair:not([hidden])');
    for (const section of root.querySelectorAll<HTMLElement>('.city-pairs')) section.hidden = !section.querySelector('.city-schools > li:not([hidden])');
    if (status) status.textContent = `显示 ${shown} 条连线（共 ${links.length} 条）`;
  });
}
