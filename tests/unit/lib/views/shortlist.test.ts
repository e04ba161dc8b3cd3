import { describe, expect, it } from 'vitest';
import type { FiveYearList } from '../../../../src/lib/content/schemas.ts';
import { SHORTLIST_MAX } from '../../../../src/lib/domain/shortlist.ts';
import { shortlistPageView } from '../../../../src/lib/views/shortlist.ts';
import { cities, pairs } from '../../../helpers/sample-list.ts';
import { institution } from '../../../helpers/builders.ts';

const list = (year: number): FiveYearList => ({ year, document: `notice-${year}`, title: `${year}年名单`, stated: { schools: 2, pairs: 3 }, rows: [] });

describe('shortlistPageView', () => {
  it('carries every pair of every list and every city’s seat, as JSON a script element cannot be broken out of', () => {
    const sly = { ...pairs[0]!, id: 'p9', school: institution('x', 'taiyuan', { name: '</script><b>校' }) };
    const view = shortlistPageView(
      [
        { list: list(2026), pairs: [sly] },
        { list: list(2025), pairs },
      ],
      cities,
    );
    expect(view.max).toBe(SHORTLIST_MAX);
    expect(view.records).not.toContain('</script>');
    const records = JSON.parse(view.records) as { id: string; school: string }[];
    expect(records.map((r) => r.id)).toEqual(['p9', 'p1', 'p2', 'p3']);
    expect(records[0]!.school).toBe('</script><b>校');
    expect(JSON.parse(view.cities)).toEqual([
      { name: '太原市', seat: expect.any(String) },
      { name: '大同市', seat: expect.any(String) },
    ]);
  });
});
