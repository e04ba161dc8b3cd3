import { describe, expect, it } from 'vitest';
import { parseShortlist, SHORTLIST_MAX, shortlistRecord, shortlistSearch, toggleShortlist, splitRows } from '../../../../src/lib/domain/shortlist.ts';
import type { ProgramPair } from '../../../../src/lib/domain/programs.ts';

const known = new Set(['2025-01-1', '2025-01-2', '2025-02-1', '2025-03-1', '2025-04-1']);

describe('parseShortlist', () => {
  it('keeps known ids once, in order, at most four', () => {
    expect(parseShortlist('2025-01-2,nope,2025-01-2,2025-02-1,2025-03-1,2025-04-1,2025-01-1', known)).toEqual([
      '2025-01-2',
      '2025-02-1',
      '2025-03-1',
      '2025-04-1',
    ]);
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

describe('shortlistRecord', () => {
  const inst = (id: string) => ({
    id,
    name: `${id}学校`,
    city: null,
    cityBasis: 'unknown' as const,
    confidence: null,
    county: null,
    countyBasis: null,
    note: null,
  });
  const major = (category: string) => ({ id: '660301', name: '专业', level: '中职' as const, category, subcategory: '类' });
  const pair: ProgramPair = {
    id: '2025-22-1',
    year: 2025,
    row: 22,
    position: 1,
    school: inst('s'),
    college: inst('c'),
    city: null,
    schoolProgram: { name: '老年人服务与管理', major: major('公共管理与服务大类') },
    collegeProgram: { name: '康复治疗技术', major: major('医药卫生大类') },
  };
  it('names the pair as printed, shows a category change and links the row of the list', () => {
    expect(shortlistRecord(pair, { title: '名单', document: 'notice' }, (p) => `/base/${p}`)).toMatchObject({
      school: 's学校',
      schoolHref: '/base/schools/s/',
      city: '所在地待核实',
      category: '公共管理与服务大类 → 医药卫生大类',
      source: '名单（第22行）',
      sourceHref: '/base/policies/notice/#row-22',
    });
  });
});

describe('splitRows: what differs between the chosen pairs, and what they share', () => {
  const rows = [
    ['城市', (r: { city: string; school: string }) => r.city],
    ['学校', (r: { city: string; school: string }) => r.school],
  ] as const;
  it('says a shared value once, and keeps the rows that differ', () => {
    const chosen = [
      { city: '长治市', school: '甲' },
      { city: '长治市', school: '乙' },
    ];
    expect(splitRows(rows, chosen, String)).toEqual({ differ: ['学校'], same: [['城市', '长治市']] });
  });
  it('keeps every row for a single pair', () => {
    expect(splitRows(rows, [{ city: '长治市', school: '甲' }], String)).toEqual({ differ: ['城市', '学校'], same: [] });
  });
});
