import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../../../src/lib/geometry/bar-chart.ts';
import { layoutFlow } from '../../../../src/lib/geometry/flow.ts';
import { layoutMap } from '../../../../src/lib/geometry/map.ts';

// Geometry from fixed data, compared with the stored snapshot: any change to how the map and the
// charts are drawn shows up here as a diff to review (update with `vitest -u` when intended).
describe('geometry snapshots', () => {
  it('map', () => {
    expect(
      layoutMap({
        seats: [
          { name: '太原市', lon: 112.54, lat: 37.86 },
          { name: '大同市', lon: 113.29, lat: 40.09 },
          { name: '运城市', lon: 111.0, lat: 35.02 },
        ],
        institutions: [
          { id: 'a', name: '甲学校', kind: 'school', lon: 112.54, lat: 37.86 },
          { id: 'b', name: '乙学院', kind: 'college', lon: 113.29, lat: 40.09 },
          { id: 'c', name: '丙学校', kind: 'school', lon: null, lat: null },
        ],
        links: [
          { id: '1', school: 'a', college: 'b', category: '甲类' },
          { id: '2', school: 'c', college: 'b', category: '乙类' },
        ],
        lens: { lon: 112.54, lat: 37.86, radius: 200, power: 0.5 },
      }),
    ).toMatchSnapshot();
  });
  it('bars', () => {
    expect(
      layoutBars([
        { label: '2020年', value: 90.8, unit: '%' },
        { label: '2023年', value: 96.02, unit: '%' },
        { label: '全国', value: 91.1, unit: '%' },
      ]),
    ).toMatchSnapshot();
  });
  it('flow', () => {
    expect(
      layoutFlow([
        { from: '甲', to: '乙' },
        { from: '甲', to: '甲' },
        { from: '丙', to: '乙' },
      ]),
    ).toMatchSnapshot();
  });
});
