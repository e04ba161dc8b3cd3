// Reporting a problem without a server: the page composes the report (the page's address, the
// clause, what kind of problem, the reader's words) and hands it to the operator's channel when
// content/site.yaml sets one (a mailto: link with subject and body filled, or the address of a
// form); until then the reader copies it. "This site got it wrong" is kept apart from questions
// about a document, which only its issuing office can answer.
import type { SiteSettings } from '../content/editorial-schemas.ts';

/** What a reader can report. */
export const REPORT_KINDS = ['本站写错了或与原文不符', '链接或页面打不开', '看不懂，需要说得更清楚', '其他'] as const;

/** One report, as the reader fills it in. */
export interface Report {
  /** The full address of the page concerned. */
  url: string;
  /** The clause concerned (its printed number or anchor), if any. */
  clause?: string | undefined;
  kind: string;
  words: string;
}

/** The report as plain text, for an e-mail body or a clipboard. */
export function reportText(r: Report): string {
  return [`页面：${r.url}`, ...(r.clause ? [`条款：${r.clause}`] : []), `问题类型：${r.kind}`, `说明：${r.words.trim() || '（未填写）'}`].join('\n');
}

/** The subject line of a report. */
export const reportSubject = (r: Report) => `【纠错】${r.kind}：${r.url.replace(/^https?:\/\/[^/]+/, '')}`;

/**
 * Where the report goes: a mailto: link with subject and body filled in, or the channel's form
 * address as it is; null while the operator has set no channel.
 */
export function reportHref(channel: SiteSettings['errorReport'], r: Report): string | null {
  if (!channel) return null;
  if (!channel.href.startsWith('mailto:')) return channel.href;
  const address = channel.href.replace(/\?.*$/, '');
  return `${address}?subject=${encodeURIComponent(reportSubject(r))}&body=${encodeURIComponent(reportText(r))}`;
}
