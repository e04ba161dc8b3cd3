// The shortlist as this browser keeps it (nothing is sent anywhere), and the count in the header.
// Small on purpose: every page loads it for the count on 我的备选.
import { SHORTLIST_MAX } from '../lib/domain/shortlist.ts';

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

/** The 我的备选 link in the header carries the count (for every page, with or without pair cards). */
export function showShortlistCount(root: ParentNode, count = readStored().length): void {
  for (const badge of root.querySelectorAll<HTMLElement>('[data-nav-shortlist-count]')) {
    badge.textContent = count > 0 ? `（${count}）` : '';
  }
}
