import { SHORTLIST_MAX, toggleShortlist } from '../lib/shortlist.ts';

const KEY = 'zhijiao-shortlist';

/** The shortlist kept in this browser (nothing is sent anywhere). */
export function readStored(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string').slice(0, SHORTLIST_MAX) : [];
  } catch {
    return [];
  }
}

export function writeStored(list: string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Private browsing may refuse storage; the buttons still reflect the state for this page.
  }
}

function announce(root: ParentNode, text: string) {
  const status = root.querySelector<HTMLElement>('#shortlist-status');
  if (status) status.textContent = text;
}

function render(root: ParentNode, list: string[]) {
  for (const button of root.querySelectorAll<HTMLButtonElement>('.shortlist-toggle')) {
    const on = list.includes(button.dataset['pair'] ?? '');
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? '已加入备选（再按移除）' : '加入备选';
  }
  const counter = root.querySelector<HTMLElement>('[data-shortlist-count]');
  if (counter) counter.textContent = String(list.length);
}

/** Shows the shortlist buttons on pair cards and keeps them in step with storage. */
export function enhanceShortlistButtons(root: Document) {
  const buttons = root.querySelectorAll<HTMLButtonElement>('.shortlist-toggle');
  if (!buttons.length) return;
  for (const button of buttons) button.hidden = false;
  const bar = root.querySelector<HTMLElement>('.shortlist-bar');
  if (bar) bar.hidden = false;
  render(root, readStored());
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('.shortlist-toggle');
    if (!button) return;
    const result = toggleShortlist(readStored(), button.dataset['pair'] ?? '');
    writeStored(result.list);
    render(root, result.list);
    announce(root, result.full ? `备选最多${SHORTLIST_MAX}个，请先移除一个。` : result.added ? `已加入备选，共${result.list.length}个。` : `已从备选移除，共${result.list.length}个。`);
  });
}
