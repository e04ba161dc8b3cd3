import { describe, expect, it } from 'vitest';
import { csvCell, csvRows } from '../../../../src/lib/web/csv.ts';

describe('csvCell (RFC 4180)', () => {
  it('leaves a plain cell as it is, Chinese punctuation included', () => {
    expect(csvCell('朔州市，神头')).toBe('朔州市，神头');
  });
  it('quotes a cell with a comma, a line break or a quote, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('一\n二')).toBe('"一\n二"');
    expect(csvCell('一\r\n二')).toBe('"一\r\n二"');
    expect(csvCell('说"是"')).toBe('"说""是"""');
  });
});

describe('csvRows', () => {
  it('reads back what csvCell writes: commas, quotes and line breaks in cells, CRLF rows and a byte-order mark', () => {
    const rows = [
      ['序号', '中职学校', '备注'],
      ['1', '朔州市，神头', 'a,b'],
      ['2', '说“是”的"学校"', '一\n二'],
      ['3', '', ''],
    ];
    const text = `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
    expect(csvRows(text)).toEqual(rows);
    expect(csvRows('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
