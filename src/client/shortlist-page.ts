import { parseShortlist, shortlistSearch, splitRows, type ShortlistRecord } from '../lib/domain/shortlist.ts';
import { distanceText, kilometres, parseSeat, roundKm } from '../lib/domain/distance.ts';
import { readFamilyCity, writeFamilyCity } from './family-city.ts';
import QRCode from 'qrcode';
import { readStored, showShortlistCount, writeStored } from './shortlist-store.ts';
import { showFeedback } from './feedback.ts';

const ROWS: [string, (r: ShortlistRecord) => Node | string][] = [
  ['中职学校', (r) => link(r.schoolHref, r.school)],
  ['中职专业', (r) => r.schoolProgram],
  ['合作高职学校', (r) => link(r.collegeHref, r.college)],
  ['升入高职专业', (r) => r.collegeProgram],
  ['城市', (r) => r.city],
  ['专业大类', (r) => r.category],
  ['来源', (r) => link(r.sourceHref, r.source)],
];

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** The shortlist page: compare side by side, share as a URL, print as one sheet. */
export function enhanceShortlistPage(root: Document) {
  const app = root.getElementById('shortlist-app');
  const data = root.getElementById('shortlist-data');
  const table = root.getElementById('shortlist-table') as HTMLTableElement | null;
  if (!app || !data || !table) return;
  app.hidden = false;
  const records = new Map((JSON.parse(data.textContent ?? '[]') as ShortlistRecord[]).map((r) => [r.id, r]));
  const cities = JSON.parse(root.getElementById('shortlist-cities')?.textContent ?? '[]') as { name: string; seat: string }[];
  // 从哪个市出发: a select the script makes (the comparison needs the script anyway), remembered.
  const slot = root.getElementById('shortlist-from-slot');
  const fromSelect = document.createElement('select');
  fromSelect.id = 'shortlist-from';
  fromSelect.append(new Option('不比较距离', ''), ...cities.map((c) => new Option(c.name, c.name)));
  fromSelect.value = readFamilyCity((c) => cities.some((x) => x.name === c)) ?? '';
  if (slot) {
    const label = document.createElement('label');
    label.htmlFor = fromSelect.id;
    label.textContent = '你家在哪个市（比较远近）：';
    slot.append(label, fromSelect);
  }
  fromSelect.addEventListener('change', () => {
    writeFamilyCity(fromSelect.value);
    draw();
  });
  /** How far a pair's school is from the family's city, in words (seat to seat). */
  const distance = (r: ShortlistRecord) => {
    const from = cities.find((c) => c.name === fromSelect.value);
    const origin = parseSeat(from?.seat);
    const seat = parseSeat(r.seat);
    if (!from || !origin) return '';
    return distanceText(from, { km: seat ? roundKm(kilometres(origin, seat)) : null, to: r.place }, cities);
  };
  const known = new Set(records.keys());
  const fromUrl = new URLSearchParams(location.search).get('ids');
  let list = fromUrl !== null ? parseShortlist(fromUrl, known) : readStored().filter((id) => known.has(id));
  const shared = fromUrl !== null && list.join(',') !== readStored().join(',');
  const linkBox = root.getElementById('shortlist-link') as HTMLInputElement | null;
  const actions = root.querySelector('.shortlist-actions');
  const say = (text: string) => {
    if (actions) showFeedback(actions, text, actions);
  };

  function draw() {
    const chosen = list.map((id) => records.get(id)).filter((r): r is ShortlistRecord => Boolean(r));
    root.getElementById('shortlist-empty')!.hidden = chosen.length > 0;
    table!.hidden = chosen.length === 0;
    const head = table!.tHead!.rows[0]!;
    head.replaceChildren(head.cells[0]!);
    chosen.forEach((_, i) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = `备选${i + 1}`;
      head.append(th);
    });
    const body = table!.tBodies[0]!;
    body.replaceChildren();
    // One 移除 per column, so dropping one of four does not mean finding it again in the lists.
    const removeRow = document.createElement('tr');
    removeRow.className = 'no-print';
    const removeHead = document.createElement('th');
    removeHead.scope = 'row';
    removeHead.textContent = '操作';
    removeRow.append(removeHead);
    chosen.forEach((record, i) => {
      const td = document.createElement('td');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = '移除';
      button.setAttribute('aria-label', `移除备选${i + 1}：${record.school} ${record.schoolProgram}`);
      button.addEventListener('click', () =>
        change(
          list.filter((id) => id !== record.id),
          `已移除${record.school}的${record.schoolProgram}。`,
        ),
      );
      td.append(button);
      removeRow.append(td);
    });
    // The rows where the pairs differ are compared column by column; what they share is said once.
    const rows: [string, (r: ShortlistRecord) => Node | string][] = [
      ...ROWS,
      ...(fromSelect.value ? [['离你家', distance] as [string, (r: ShortlistRecord) => string]] : []),
    ];
    const { differ, same } = splitRows(rows, chosen, (v) => (typeof v === 'string' ? v : (v.textContent ?? '')));
    const sameLine = root.getElementById('shortlist-same');
    if (sameLine) {
      sameLine.hidden = same.length === 0;
      sameLine.textContent = same.length ? `这几个备选相同的：${same.map(([label, value]) => `${label}：${value}`).join('；')}。` : '';
    }
    for (const [label, cell] of rows.filter(([label]) => differ.includes(label))) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = label;
      tr.append(th);
      for (const record of chosen) {
        const td = document.createElement('td');
        td.append(cell(record));
        tr.append(td);
      }
      body.append(tr);
    }
    if (chosen.length > 0) body.append(removeRow);
    const url = new URL(location.href);
    url.search = shortlistSearch(list);
    if (linkBox) linkBox.value = url.href;
    const printed = root.querySelector('[data-print-link]');
    if (printed) printed.textContent = url.href;
    // On paper, a QR code of the same list (the shared address), drawn here as the list changes.
    const qr = root.querySelector('[data-print-qr]');
    if (qr)
      void QRCode.toString(url.href, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => {
        qr.innerHTML = svg;
      });
    // Nothing to share, print or clear in an empty list.
    if (actions instanceof HTMLElement) actions.hidden = chosen.length === 0;
    history.replaceState(null, '', url.pathname + url.search);
  }

  const save = root.querySelector<HTMLButtonElement>('[data-action="save"]');
  if (save) save.hidden = !shared;
  root.querySelector('.shortlist-actions')?.addEventListener('click', (event) => {
    const action = (event.target as Element | null)?.closest<HTMLButtonElement>('button')?.dataset['action'];
    if (action === 'print') window.print();
    if (action === 'copy' && linkBox) {
      void navigator.clipboard?.writeText(linkBox.value).then(
        () => say('分享链接已复制。'),
        () => say('无法自动复制，请手动复制链接。'),
      );
    }
    if (action === 'save') {
      writeStored(list);
      showShortlistCount(root, list.length);
      if (save) save.hidden = true;
      say('已保存到本浏览器的备选。');
    }
    if (action === 'clear') change([], '备选已清空。');
  });
  /** Applies a new list (stored unless this is someone else's shared list) and offers to undo. */
  function change(next: string[], message: string) {
    const before = list;
    list = next;
    if (!shared) writeStored(list);
    draw();
    showShortlistCount(root, readStored().length);
    const status = root.getElementById('shortlist-undo');
    if (!status) return;
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.textContent = '撤销';
    undo.addEventListener('click', () => {
      status.replaceChildren();
      list = before;
      if (!shared) writeStored(list);
      draw();
      showShortlistCount(root, readStored().length);
      undo.remove();
    });
    status.replaceChildren(message, ' ', undo);
    undo.focus();
  }

  draw();
}
