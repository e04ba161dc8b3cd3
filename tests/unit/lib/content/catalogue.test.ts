import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asMajor, catalogueDisagreement, findInCatalogue, parseCatalogue } from '../../../../src/lib/content/catalogue.ts';

const { majors, problems } = parseCatalogue(readFileSync('content/catalogue/2021.tsv', 'utf8'));

describe('parseCatalogue', () => {
  it('reads the whole 2021 catalogue: the published totals per level', () => {
    expect(problems).toEqual([]);
    const count = (level: string) => majors.filter((m) => m.level === level).length;
    expect([count('中职'), count('高职专科'), count('职业本科')]).toEqual([358, 744, 247]);
    expect(new Set(majors.map((m) => m.category)).size).toBe(19);
    expect(new Set(majors.map((m) => m.subcategory)).size).toBe(97);
  });

  it('refuses a file without its header, and names a line it cannot read', () => {
    expect(parseCatalogue('编号\t名称\n').problems).toEqual([{ line: 1, expected: expect.stringContaining('第一行应为表头') }]);
    const header = 'code\tname\tlevel\tcategory_code\tcategory\tclass_code\tclass';
    expect(parseCatalogue(`${header}\n720201\t护理\t中职\t72\t医药卫生大类\t7202\t护理类\n72020\t护理\t中级\n`).problems).toEqual([
      { line: 3, expected: expect.stringContaining('制表符分隔') },
    ]);
  });
});

describe('findInCatalogue', () => {
  it('finds a name at its level, or a name with the school’s direction in brackets; nothing at another level', () => {
    expect(findInCatalogue('护理', '中职', majors)?.major.code).toBe('720201');
    expect(findInCatalogue('护理', '高职专科', majors)?.major.code).toBe('520201');
    expect(findInCatalogue('学前教育（托育方向）', '高职专科', majors)).toEqual({ major: expect.objectContaining({ code: '570102K' }), direction: '托育方向' });
    expect(findInCatalogue('学前教育', '中职', majors)).toBeNull();
    expect(findInCatalogue('低空飞行器运营管理', '高职专科', majors)).toBeNull();
  });
});

describe('catalogueDisagreement', () => {
  const byCode = new Map(majors.map((m) => [m.code, m]));
  const nursing = asMajor(findInCatalogue('护理', '中职', majors)!.major);
  it('agrees with a major taken from the catalogue, and names each field that differs', () => {
    expect(catalogueDisagreement(nursing, byCode)).toBeNull();
    expect(catalogueDisagreement({ ...nursing, subcategory: '药学类' }, byCode)).toContain('专业类应为“护理类”，写的是“药学类”');
    expect(catalogueDisagreement({ ...nursing, id: '729999' }, byCode)).toContain('不在教育部《职业教育专业目录（2021年）》');
    expect(catalogueDisagreement({ ...nursing, id: '729999', source: '某年增补专业名单（出处）' }, byCode)).toBeNull();
  });
});
