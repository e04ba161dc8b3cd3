import { describe, expect, it } from 'vitest';
import { fieldSummary, fiveYearOutcome, GOALS, goalChoices, NEAREST, programsFrom, schoolsIn, UNLOCATED_SHOWN } from '../../../../src/lib/views/guide.ts';
import type { City } from '../../../../src/lib/content/schemas.ts';
import { institution, major, pair } from '../../../helpers/builders.ts';

const cityAt = (id: string, name: string, lat: number): City => ({ id, name, seat: { lon: 112, lat }, counties: [] });
const home = cityAt('home', '家市', 39);
const cities = [home, ...[1, 2, 3, 4, 5, 6].map((n) => cityAt(`c${n}`, `第${n}市`, 39 - n))];
const college = institution('college', 'c1');
const nursing = major('720201', '医药卫生大类');
const machines = major('660301', '装备制造大类');
const pairs = [
  pair('m-home', institution('s-home', 'home'), college, machines, machines, 2025, cities),
  ...[6, 5, 4, 3, 2, 1].map((n) => pair(`n-${n}`, institution(`s${n}`, `c${n}`), college, nursing, nursing, 2025, cities)),
  pair('n-unknown', institution('s-unknown', null), college, nursing, nursing, 2025, cities),
];

describe('the guide’s steps', () => {
  it('offers four goals, each with its outcome’s address under the city', () => {
    expect(goalChoices(home).map((g) => g.href)).toEqual(GOALS.map((g) => `guide/home/${g.id}/`));
  });
});

describe('fiveYearOutcome', () => {
  const sections = fiveYearOutcome(home, pairs, cities);
  it('puts the fields the city has first, then the others', () => {
    expect(sections.map((s) => s.field)).toEqual(['装备制造大类', '医药卫生大类']);
  });
  it('for a field the city lacks, lists the nearest programs elsewhere, the unlocated last, and counts the rest', () => {
    const nursingSection = sections[1]!;
    expect(nursingSection.home).toEqual([]);
    expect(nursingSection.nearest.map((l) => l.pair.id)).toEqual(['n-1', 'n-2', 'n-3', 'n-4'].slice(0, NEAREST));
    expect(nursingSection.unlocated.map((l) => l.pair.id)).toEqual(['n-unknown']);
    expect(nursingSection.more).toBe(6 - NEAREST);
    expect(nursingSection.unlocatedMore).toBe(0);
    expect(nursingSection.nearest[0]?.distance).toBe('离家市约110公里（按两地政府驻地直线距离）');
  });
  it('says in a sentence what the city has, or where the nearest is', () => {
    expect(fieldSummary(home, sections[0]!)).toBe('家市有1个装备制造大类的五年制专业对。');
    expect(fieldSummary(home, sections[1]!)).toBe(
      '家市没有医药卫生大类的五年制专业对（按本站掌握的学校所在地）。最近的在第1市，离家市约110公里（按两地政府驻地直线距离）。',
    );
  });
  it('lists the first UNLOCATED_SHOWN unlocated pairs of a national-size list and counts the rest', () => {
    const many = Array.from({ length: UNLOCATED_SHOWN + 3 }, (_, i) => pair(`u-${i}`, institution(`su-${i}`, null), college, nursing, nursing, 2025, cities));
    const section = fiveYearOutcome(home, [...pairs, ...many], cities).find((s) => s.field === '医药卫生大类')!;
    expect(section.unlocated).toHaveLength(UNLOCATED_SHOWN);
    expect(section.unlocated[0]?.pair.id).toBe('n-unknown');
    expect(section.unlocatedMore).toBe(4);
  });
  it('links the full list of a field ordered from the city', () => {
    expect(programsFrom(home, '医药卫生大类')).toBe(`programs/?field=${encodeURIComponent('医药卫生大类')}&from=${encodeURIComponent('家市')}`);
  });
});

describe('schoolsIn', () => {
  it('lists the city’s schools once each', () => {
    expect(schoolsIn(home, pairs).map((s) => s.id)).toEqual(['s-home']);
    expect(schoolsIn(cities[1]!, [...pairs, ...pairs]).map((s) => s.id)).toEqual(['s1']);
  });
});
