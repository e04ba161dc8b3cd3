import { distanceText, kilometres, parseSeat, roundKm, type Seat } from '../lib/domain/distance.ts';
import { filterToSearch, matchesOrUnknown, optionCounts, parseFilter, type Filter } from '../lib/domain/facets.ts';
import { readFamilyCity, writeFamilyCity } from './family-city.ts';
import { bindFilterForm, facetsOf, filterKeys } from './facet-filter.ts';
import { followYear } from './year-switch.ts';
import { fetchQuestionAnswers, questionBox } from './search-answers.ts';

/**
 * Makes the /programs/ filter form instant: filtering as you choose or type, live counts per
 * option, the state in the URL (shareable), and the result count announced to screen readers.
 * `from` orders the cities and the programs by distance from the family's city (seat to seat) and
 * is remembered in this browser. A school whose city is not established passes a city filter and
 * is shown last, marked. No match offers the nearest matches instead. Each card carries its facets
 * (src/lib/domain/facets.ts). Without this script the page shows the full list and the form stays hidden.
 */
export function enhanceProgramFilter(root: Document) {
  const form = root.querySelector<HTMLFormElement>('[data-program-filter]');
  if (!form || followYear(root)) return;
  // The form needs this script to work (a static page cannot filter), so it appears only with it.
  form.hidden = false;
  const cards = [...root.querySelectorAll<HTMLElement>('.pair[data-pair]')].map((el, order) => ({
    el,
    order,
    facets: facetsOf(el),
    seat: parseSeat(el.dataset['seat']),
    place: el.dataset['place'] ?? null,
  }));
  const all = cards.map((c) => c.facets);
  const count = root.getElementById('result-count');
  const empty = root.getElementById('empty-result');
  const nearest = root.querySelector<HTMLElement>('[data-empty-nearest]');
  const searchLink = root.querySelector<HTMLAnchorElement>('[data-empty-search]');
  const groups = [...root.querySelectorAll<HTMLElement>('.pair-group')].map((el, order) => ({ el, order, seat: parseSeat(el.dataset['seat']) }));
  const selects = [...form.querySelectorAll('select')].filter((s) => !s.hasAttribute('data-order-only'));
  const fromSelect = form.querySelector<HTMLSelectElement>('select[data-order-only]');
  const citySeats = new Map([...(fromSelect?.options ?? [])].filter((o) => o.value).map((o) => [o.value, parseSeat(o.dataset['seat'])]));
  const searchBase = searchLink?.getAttribute('href') ?? '';

  /** Orders groups and cards by distance from `from` (or back to the printed order), and labels each card. */
  function order(from: string | undefined) {
    const origin = from ? (citySeats.get(from) ?? null) : null;
    const km = (seat: Seat | null) => (origin && seat ? kilometres(origin, seat) : Infinity);
    for (const card of cards) {
      let label = card.el.querySelector<HTMLElement>('.pair-distance');
      if (!origin) {
        label?.remove();
        continue;
      }
      if (!label) {
        label = root.createElement('p');
        label.className = 'pair-distance';
        card.el.querySelector('.pair-steps')?.after(label);
      }
      const rounded = card.seat ? roundKm(kilometres(origin, card.seat)) : null;
      label.textContent = distanceText(
        { name: from ?? '' },
        { km: rounded, to: card.place },
        [...citySeats.keys()].map((name) => ({ name })),
      );
    }
    const sortedGroups = [...groups].sort((a, b) => (origin ? km(a.seat) - km(b.seat) : 0) || a.order - b.order);
    for (const group of sortedGroups) {
      group.el.parentElement?.append(group.el);
      const list = group.el.querySelector('.pair-list');
      const inGroup = cards.filter((c) => group.el.contains(c.el)).sort((a, b) => (origin ? km(a.seat) - km(b.seat) : 0) || a.order - b.order);
      for (const card of inGroup) list?.append(card.el);
    }
  }

  /** Where the same filter has matches if the city is let go: the nearest cities first, as links. */
  function offerNearest(filter: Filter, facetFilter: Filter) {
    if (!nearest) return;
    nearest.replaceChildren();
    const origin = facetFilter['city'] ? citySeats.get(facetFilter['city']) : filter['from'] ? citySeats.get(filter['from']) : undefined;
    const rest = { ...facetFilter, city: '' };
    const byCity = optionCounts(all, rest, 'city', [...citySeats.keys()]);
    const found = [...byCity]
      .filter(([, n]) => n > 0)
      .sort(([a], [b]) => (origin ? kilometres(origin, citySeats.get(a)!) - kilometres(origin, citySeats.get(b)!) : 0));
    if (facetFilter['city'] && found.length > 0) {
      nearest.append(`${facetFilter['city']}没有。其他市有：`);
      found.slice(0, 4).forEach(([city, n], i) => {
        const a = root.createElement('a');
        a.href = filterToSearch({ ...filter, city }, filterKeys(form!)) || '?';
        const distance = origin ? `，约${roundKm(kilometres(origin, citySeats.get(city)!))}公里` : '';
        a.textContent = `${city}（${n}个${distance}）`;
        a.addEventListener('click', (event) => {
          event.preventDefault();
          choose({ ...filter, city });
        });
        nearest.append(i > 0 ? '、' : '', a);
      });
      nearest.append('。');
    } else if (facetFilter['q']) {
      const withoutWord = { ...facetFilter, q: '' };
      const n = cards.filter((c) => matchesOrUnknown(c.facets, withoutWord, 'city')).length;
      if (n > 0) {
        const a = root.createElement('a');
        a.href = filterToSearch({ ...filter, q: '' }, filterKeys(form!)) || '?';
        a.textContent = `去掉关键词“${facetFilter['q']}”有 ${n} 个`;
        a.addEventListener('click', (event) => {
          event.preventDefault();
          choose({ ...filter, q: '' });
        });
        nearest.append(a, '。');
      }
    }
  }

  /**
   * A keyword that asks what the documents do not hold (分数线, 学费, 电话) gets the same plain
   * answer as in search, under "没有符合条件的专业对".
   */
  let asked = '';
  async function answerQuestion(q: string) {
    asked = q;
    const answers = q ? await fetchQuestionAnswers(searchBase, q) : [];
    if (asked !== q || !empty) return;
    empty.querySelector('.answer-question')?.remove();
    const siteBase = searchBase.replace(/search\/$/, '');
    if (answers[0]) empty.append(questionBox(answers[0], siteBase, 'div'));
  }

  function show(filter: Filter) {
    const { from, ...facetFilter } = filter;
    let shown = 0;
    let unlocated = 0;
    for (const { el, facets } of cards) {
      el.hidden = !matchesOrUnknown(facets, facetFilter, 'city');
      if (!el.hidden) {
        shown++;
        if (facetFilter['city'] && (facets['city'] ?? []).length === 0) unlocated++;
      }
    }
    for (const { el: group } of groups) {
      const visible = group.querySelectorAll('.pair:not([hidden])').length;
      group.hidden = visible === 0;
      const counter = group.querySelector('[data-group-count]');
      if (counter) counter.textContent = String(visible);
    }
    for (const select of selects) {
      const options = [...select.options].filter((o) => o.value);
      const counts = optionCounts(
        all,
        facetFilter,
        select.name,
        options.map((o) => o.value),
      );
      for (const option of options) option.textContent = `${option.dataset['label'] ?? option.value}（${counts.get(option.value) ?? 0}）`;
    }
    const matched = shown - unlocated;
    if (count)
      count.textContent =
        shown === cards.length
          ? `共 ${cards.length} 个专业对`
          : `找到 ${matched} 个专业对（共 ${cards.length} 个）${unlocated > 0 ? `；另有 ${unlocated} 个学校所在地待核实，可能也在${facetFilter['city']}，列在最后` : ''}`;
    if (empty) empty.hidden = shown > 0;
    if (shown === 0) offerNearest(filter, facetFilter);
    void answerQuestion(shown === 0 ? (facetFilter['q'] ?? '') : '');
    if (searchLink) searchLink.href = facetFilter['q'] ? `${searchBase}?q=${encodeURIComponent(facetFilter['q'])}` : searchBase;
    order(from);
    writeFamilyCity(from);
  }

  const choose = bindFilterForm(
    form,
    { note: root.querySelector<HTMLElement>('[data-filter-note]'), where: '这份名单里', live: true, focusOnSubmit: count },
    show,
  );
  // A family's city chosen on an earlier visit orders the list again, unless the address says otherwise.
  const remembered = readFamilyCity((city) => citySeats.has(city));
  if (remembered && !new URLSearchParams(location.search).has('from')) choose({ ...parseFilter(location.search, filterKeys(form)), from: remembered });
  root.querySelector('[data-filter-reset]')?.addEventListener('click', (event) => {
    event.preventDefault();
    choose({});
  });
}
