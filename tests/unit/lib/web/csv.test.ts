import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../../src/lib/web/csv.ts';

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
