// How the site writes things for a reader (dates in Chinese), apart from what it computes.
/** Formats 2025-02-13 as 2025年2月13日, 2023 as 2023年 (when only the year is printed), and no date as nothing. */
export function formatDate(date: string): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  if (!m || !d) return `${y}年`;
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** What a date is, without the note in brackets: 会议日期（见报日期原文未印） is written 会议日期 before a date. */
export const dateLabelShort = (label: string): string => label.replace(/（.*$/, '');
