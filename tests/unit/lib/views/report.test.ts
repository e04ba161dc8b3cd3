import { describe, expect, it } from 'vitest';
import { reportHref, reportSubject, reportText } from '../../../../src/lib/views/report.ts';

const report = {
  url: 'https://zhijiao.example.org/policies/opinion-2023/#clause-6',
  clause: '（六）',
  kind: '本站写错了或与原文不符',
  words: '第三句少了一个字。',
};

describe('a report of a problem', () => {
  it('reads as plain text with the page, the clause, the kind and the words', () => {
    expect(reportText(report)).toBe(
      '页面：https://zhijiao.example.org/policies/opinion-2023/#clause-6\n条款：（六）\n问题类型：本站写错了或与原文不符\n说明：第三句少了一个字。',
    );
    expect(reportText({ ...report, clause: undefined, words: ' ' })).not.toContain('条款');
    expect(reportSubject(report)).toBe('【纠错】本站写错了或与原文不符：/policies/opinion-2023/#clause-6');
  });
  it('goes nowhere until the operator sets a channel', () => {
    expect(reportHref(null, report)).toBeNull();
  });
  it('fills a mailto: link’s subject and body, and keeps a form address as it is', () => {
    const href = reportHref({ channel: '电子邮件 errors@example.org', href: 'mailto:errors@example.org' }, report)!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('errors@example.org');
    expect(url.searchParams.get('body')).toBe(reportText(report));
    expect(url.searchParams.get('subject')).toBe(reportSubject(report));
    expect(reportHref({ channel: '纠错表单', href: 'https://example.org/form' }, report)).toBe('https://example.org/form');
  });
});
