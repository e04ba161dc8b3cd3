import { describe, expect, it } from 'vitest';
import { accessedDate, gbtCitation } from '../../../src/lib/citation.ts';

describe('gbtCitation', () => {
  it('cites a clause of an official document with issuers, title, number, dates and URL', () => {
    expect(
      gbtCitation({
        issuers: ['中共山西省委办公厅', '山西省人民政府办公厅'],
        title: '关于推动现代职业教育高质量发展的实施意见',
        docNumber: '晋办发〔2023〕3号',
        date: '2023-03-14',
        clause: '（六）',
        url: 'https://example.org/policies/opinion-2023/#clause-6',
        accessed: '2026-11-22',
      }),
    ).toBe('中共山西省委办公厅, 山西省人民政府办公厅. 关于推动现代职业教育高质量发展的实施意见: 晋办发〔2023〕3号, （六）[EB/OL]. (2023-03-14)[2026-11-22]. https://example.org/policies/opinion-2023/#clause-6.');
  });
  it('leaves out a missing number and cites a press report as [N/OL]', () => {
    expect(gbtCitation({ issuers: ['《山西晚报》'], title: '报道', docNumber: null, date: '2024-11-29', url: 'u', accessed: '2026-01-02', press: true })).toBe(
      '《山西晚报》. 报道[N/OL]. (2024-11-29)[2026-01-02]. u.',
    );
  });
});

describe('accessedDate', () => {
  it('uses the date in China (UTC+8)', () => {
    expect(accessedDate(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
  });
});
