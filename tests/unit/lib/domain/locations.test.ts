import { describe, expect, it } from 'vitest';
import { byPinyin, describeLocation } from '../../../../src/lib/domain/locations.ts';
import type { City, Institution } from '../../../../src/lib/content/schemas.ts';
import { institution } from '../../../helpers/builders.ts';

const cities: City[] = [{ id: 'taiyuan', name: '太原市', seat: { lon: 112.54, lat: 37.86 }, counties: [{ name: '小店区', lon: 112.56, lat: 37.82 }] }];
const inst = (extra: Partial<Institution>): Institution => institution('x', null, extra);

describe('describeLocation', () => {
  it('says how the city and county are known', () => {
    const loc = describeLocation(inst({ city: 'taiyuan', cityBasis: 'name', county: '小店区', countyBasis: 'directory' }), cities);
    expect(loc).toEqual({ known: true, cityId: 'taiyuan', text: '太原市（据校名），小店区（据公开资料（学校名录或新闻报道））' });
  });
  it('never guesses an unknown location', () => {
    expect(describeLocation(inst({}), cities)).toMatchObject({ known: false, cityId: null, text: expect.stringContaining('所在地待核实') });
  });
});

describe('byPinyin', () => {
  it('sorts Chinese by pinyin', () => {
    expect(['忻州市', '大同市', '太原市'].sort(byPinyin)).toEqual(['大同市', '太原市', '忻州市']);
  });
});
