import { describe, expect, it } from 'vitest';
import { accessedDate, gbtCitation } from '../../../../src/lib/domain/citation.ts';

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
    ).toBe(
      '中共山西省委办公厅，山西省人民政府办公厅. 关于推动现代职业教育高质量发展的实施意见：晋办发〔2023〕3号，（六）[EB/OL]. （2023-03-14）[2026-11-22]. https://example.org/policies/opinion-2023/#clause-6.',
    );
  });
  it('leaves out a missing number, and cites a press report as [N/OL] without the conference date as if it were the paper’s', () => {
    expect(gbtCitation({ issuers: ['《山西晚报》'], title: '报道', docNumber: null, date: '2024-11-29', url: 'u', accessed: '2026-01-02', press: true })).toBe(
      '《山西晚报》. 报道[N/OL]. [2026-01-02]. u.',
    );
  });
});

describe('the 2025 edition’s symbols', () => {
  it('writes an online item as the edition’s example does: half-width “. ” and “[ ]”, full-width （ ）', () => {
    // The form of the electronic-resource example in the zotero-chinese/styles rendering of GB/T 7714—2025:
    // “[EB/OL]. （2012-05-03）[2013-11-12]. http://www.example.com/.”
    const cited = gbtCitation({
      issuers: ['某机关'],
      title: '某文件',
      docNumber: null,
      date: '2012-05-03',
      url: 'http://www.example.com/',
      accessed: '2013-11-12',
    });
    expect(cited.endsWith('[EB/OL]. （2012-05-03）[2013-11-12]. http://www.example.com/.')).toBe(true);
    expect(cited.replace('http://www.example.com/', '')).not.toMatch(/[,:()]/);
  });
});

describe('accessedDate', () => {
  it('uses the date in China (UTC+8)', () => {
    expect(accessedDate(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
  });
});

describe('datasetCitation and iframeSnippet', () => {
  it('cites a chart or map of the site as a dataset [DS/OL] (a type the 2025 edition adds) with the access date left to the citer, and embeds it without script', async () => {
    const { datasetCitation, iframeSnippet } = await import('../../../../src/lib/domain/citation.ts');
    expect(datasetCitation('山西职教政策通', '标题', 'https://x.org/data/a/')).toBe('山西职教政策通. 标题[DS/OL]. [引用日期]. https://x.org/data/a/.');
    expect(iframeSnippet('https://x.org/embed/a/', '甲"乙', 500)).toBe(
      '<iframe src="https://x.org/embed/a/" title="甲&quot;乙" width="100%" height="500" loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
  });
});
