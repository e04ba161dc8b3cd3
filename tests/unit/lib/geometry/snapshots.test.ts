import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../../../src/lib/geometry/bar-chart.ts';
import { layoutFlow } from '../../../../src/lib/geometry/flow.ts';
import { layoutMap } from '../../../../src/lib/geometry/map.ts';
import { categoryStyles } from '../../../../src/lib/geometry/palette.ts';
import { chartPicture, mapPicture } from '../../../../src/lib/geometry/picture.ts';
import { posterPicture } from '../../../../src/lib/geometry/poster.ts';

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

// The pictures themselves, Plot's way: each drawn from fixed data into an .svg file beside this
// test (__snapshots__/pictures/), compared whole; a change shows up as a changed image to review in
// the diff (update with `vitest -u` when intended). The built site's pictures are the same drawings
// of the real content.
describe('picture snapshots (SVG files)', () => {
  const site = { name: '山西职教政策通', url: 'https://zhijiao.example.org/data/example/' };
  const file = (name: string) => `./__snapshots__/pictures/${name}.svg`;

  it('a bar chart, one value computed (hatched, with its note)', async () => {
    const svg = chartPicture(
      {
        title: '中职毕业生升学比例逐年提高',
        subtitle: '中职毕业生升学的比例（%）',
        kind: 'bars',
        panels: [
          {
            data: [
              { label: '2020年', value: 50.5, unit: '%' },
              { label: '2022年', value: 60.25, unit: '%' },
              { label: '2023年（本站推算）', value: 66.7, unit: '%', derived: true },
            ],
          },
        ],
        note: '2023年的比例由本站按文件中的人数推算。',
      },
      '某实施意见（十二）；某报告',
      site,
    );
    await expect(svg).toMatchFileSnapshot(file('chart-bars'));
  });

  it('tiles (figures one line each, a bound kept: 以上)', async () => {
    const svg = chartPicture(
      {
        title: '到2025年的几个目标',
        subtitle: '文件写的目标数字',
        kind: 'tiles',
        panels: [
          {
            title: '规模',
            data: [
              { label: '高职院校在校生', value: 30, unit: '万人', bound: 'at-least' },
              { label: '专业点', value: 1200, unit: '个' },
            ],
          },
          { title: '质量', data: [{ label: '双师型教师占比', value: 60, unit: '%', bound: 'at-least' }] },
        ],
      },
      '某实施意见（三）',
      site,
    );
    await expect(svg).toMatchFileSnapshot(file('chart-tiles'));
  });

  it('the pairing map, one school placed and one not', async () => {
    const geometry = layoutMap({
      seats: [
        { name: '太原市', lon: 112.54, lat: 37.86 },
        { name: '大同市', lon: 113.29, lat: 40.09 },
      ],
      institutions: [
        { id: 'a', name: '甲学校', kind: 'school', lon: 112.54, lat: 37.86 },
        { id: 'c', name: '丙学校', kind: 'school', lon: null, lat: null },
        { id: 'b', name: '乙学院', kind: 'college', lon: 113.29, lat: 40.09 },
      ],
      links: [
        { id: '1', school: 'a', college: 'b', category: '装备制造大类' },
        { id: '2', school: 'c', college: 'b', category: '医药卫生大类' },
      ],
    });
    const svg = mapPicture(
      geometry,
      categoryStyles(['装备制造大类', '医药卫生大类']),
      { title: '2099年配对地图', note: '每条线是一个专业对。', source: '某通知（名单）' },
      { ...site, url: 'https://zhijiao.example.org/map/' },
    );
    await expect(svg).toMatchFileSnapshot(file('map'));
  });

  it('a poster, with its QR code', async () => {
    const qr = { size: 3, data: [1, 0, 1, 0, 1, 0, 1, 0, 1] };
    const svg = posterPicture({
      kind: '中职学校 · 2099年名单',
      title: '某市职业中学',
      facts: ['护理 → 某职业技术学院 · 护理', '机电技术应用 → 某职业技术学院 · 机电一体化技术'],
      quotes: [{ words: '经转段考核合格后进入高职段学习', where: '某通知 第二条' }],
      moreQuotes: 1,
      source: '来源：某通知（名单）',
      when: '内容核对至2099年1月1日。',
      url: 'https://zhijiao.example.org/schools/example/',
      qr,
      site: site.name,
    });
    await expect(svg).toMatchFileSnapshot(file('poster'));
  });
});
