// The shortlist as this browser keeps it (nothing is sent anywhere), and the count in the header.
// Small on purpose: every page loads it for the count on 我的备选.
import { SHORTLIST_MAX } from '../lib/domain/shortlist.ts';
import { readStoredList, writeStoredList } from './stored-list.ts';

const KEY = 'zhijiao-shortlist';

const anyId = (word: string): word is string => word.length > 0;

/** The shortlist kept in this browser (nothing is sent anywhere), at most SHORTLIST_MAX pairs. */
export const readStored = (): string[] => readStoredList(KEY, anyId, SHORTLIST_MAX);

/** Keeps the shortlist; private browsing may refuse, and the buttons still show the state for this page. */
export const writeStored = (list: string[]): void => writeStoredList(KEY, list);

/** The 我的备选 link in the header carries the count (for every page, with or without pair cards). */
export function showShortlistCount(root: ParentNode, count = readStored().length): void {
  for (const badge of root.querySelectorAll<HTMLElement>('[data-nav-shortlist-count]')) {
    badge.textContent = count > 0 ? `（${count}）` : '';
  }
}
