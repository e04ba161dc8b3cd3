// What the site says about when a document applies, relative to the day the content was last
// checked (content/site.yaml `checked`), never to the build machine's clock.
import type { Policy } from '../content/schemas.ts';

/** A document's period as the site states it. */
export interface PeriodStatus {
  /** The period in the site's words (the document's own words are `quote`). */
  text: string;
  quote: string;
  /** Whether the whole period had passed by the check date. */
  passed: boolean;
  /** One sentence: what has passed and what has not, as of the check date. */
  status: string;
  /** A press report: it reports a time, it does not apply to one. */
  report: boolean;
}

/**
 * Where a document's period stands on the day the content was checked: passed when its last year
 * is before the check date's year; target years (`years`) said one by one; no end said as such;
 * a press `report` is said to report, not to rule.
 */
export function periodStatus(period: Policy['period'], checked: string, report = false): PeriodStatus {
  const year = Number(checked.slice(0, 4));
  // The date itself is in every page's footer (内容核对至…).
  const asOf = '按本站核对日期';
  const passed = period.to !== null && period.to < year;
  let status: string;
  // A press report states no rule: it reports what happened then.
  if (report) status = '这是对当时情况的报道，不是规定。';
  else if (period.years && period.years.length > 0) status = `${asOf}，${period.years.map((y) => `${y}年${y < year ? '已过' : '还没到'}`).join('，')}。`;
  else if (period.to === null) status = '文件没有写到哪一年为止。';
  else if (passed) status = `${asOf}，这个时期已经过去；之后的年份按什么执行，要看当年的文件。`;
  else status = `${asOf}，仍在这个时期内。`;
  return { text: period.text, quote: period.quote, passed, status, report };
}

/**
 * Where each document stands, as a sentence to print beside what rests on it (a chart's embed, a
 * poster): 《title》适用于<period>：<status>, each document once, press reports left out (they
 * report a time, they set no rule for one).
 */
export function periodSentences(documents: readonly string[], titles: ReadonlyMap<string, string>, periods: ReadonlyMap<string, PeriodStatus>): string[] {
  return [...new Set(documents)].flatMap((id) => {
    const p = periods.get(id);
    return p && !p.report ? [`《${titles.get(id) ?? id}》适用于${p.text}：${p.status}`] : [];
  });
}
