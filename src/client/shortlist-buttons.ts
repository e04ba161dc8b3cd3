import { SHORTLIST_MAX, toggleShortlist } from '../lib/domain/shortlist.ts';
import { showFeedback } from './feedback.ts';
import { readStored, showShortlistCount, writeStored } from './shortlist-store.ts';

function render(root: ParentNode, list: string[]) {
  for (const button of root.querySelectorAll<HTMLButtonElement>('.shortlist-toggle')) {
    const on = list.includes(button.dataset['pair'] ?? '');
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? '已加入备选（再按移除）' : '加入备选';
  }
  const counter = root.querySelector<HTMLElement>('[data-shortlist-count]');
  if (counter) counter.textContent = String(list.length);
  showShortlistCount(root, list.length);
}

/** Shows the shortlist buttons on pair cards and keeps them in step with storage. */
export function enhanceShortlistButtons(root: Document) {
  const buttons = root.querySelectorAll<HTMLButtonElement>('.shortlist-toggle');
  // Several components of one page call this (pair cards, the guide's lines): one listener only.
  if (!buttons.length || root.documentElement.hasAttribute('data-shortlist-ready')) return;
  root.documentElement.setAttribute('data-shortlist-ready', '');
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
    showFeedback(
      button,
      result.full
        ? `备选最多${SHORTLIST_MAX}个，已满。请先在“我的备选”里移除一个。`
        : result.added
          ? `已加入备选（共${result.list.length}个），在页首“我的备选”查看。`
          : `已从备选移除，共${result.list.length}个。`,
    );
  });
}
