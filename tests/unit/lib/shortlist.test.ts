import { describe, expect, it } from 'vitest';
import { parseShortlist, SHORTLIST_MAX, shortlistSearch, toggleShortlist } from '../../../src/lib/shortlist.ts';

const known = new Set(['2025-01-1', '2025-01-2', '2025-02-1', '2025-03-1', '2025-04-1']);

describe('parseShortlist', () => {
  it('keeps known ids once, in order, at most four', () => {
    expect(parseShortlist('2025-01-2,nope,2025-01-2,2025-02-1,2025-03-1,2025-04-1,2025-01-1', known)).toEqual(['2025-01-2', '2025-02-1', '2025-03-1', '2025-04-1']);
    expect(parseShortlist(null, known)).toEqual([]);
  });
});

describe('toggleShortlist', () => {
  it('adds, removes, and refuses a fifth', () => {
    expect(toggleShortlist([], 'a')).toEqual({ list: ['a'], added: true, full: false });
    expect(toggleShortlist(['a', 'b'], 'a')).toEqual({ list: ['b'], added: false, full: false });
    const full = ['a', 'b', 'c', 'd'];
    expect(full).toHaveLength(SHORTLIST_MAX);
    expect(toggleShortlist(full, 'e')).toEqual({ list: full, added: false, full: true });
  });
});

describe('shortlistSearch', () => {
  it('makes the share query', () => {
    expect(shortlistSearch(['2025-01-1', '2025-02-1'])).toBe('?ids=2025-01-1,2025-02-1');
    expect(shortlistSearch([])).toBe('');
  });
});
