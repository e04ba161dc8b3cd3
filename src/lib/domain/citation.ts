import { escapeHtml } from '../web/html.ts';
/** What a GB/T 7714 citation of a document (or one of its clauses) needs. */
export interface CitationInput {
  issuers: string[];
  title: string;
  docNumber: string | null;
  /** YYYY-MM-DD or YYYY. */
  date: string;
  /** The clause as printed, e.g. “（六）” or “二、4”; omitted for the whole document. */
  clause?: string;
  url: string;
  /** The day the reader cites it (YYYY-MM-DD). */
  accessed: string;
  /** A press report is cited as a newspaper item [N], not an official document. */
  press?: boolean;
}

/** The edition of the citation rules the site follows (in force since 2026-07-01, replacing GB/T 7714—2015). */
export const CITATION_EDITION = 'GB/T 7714—2025';

/**
 * A citation in the style of GB/T 7714—2025 for an online document:
 * 责任者，责任者. 题名：文号，条款[EB/OL]. （发布日期）[引用日期]. 网址.
 * The 2025 edition unifies the symbols: the full stop and the square brackets half-width, the
 * colon, comma and round brackets full-width (as read by the zotero-chinese/styles project; the
 * standard's own text is not freely available). The clause, when given, follows the title so a
 * reader finds the exact passage.
 */
export function gbtCitation(c: CitationInput): string {
  const title = [c.title, c.docNumber].filter(Boolean).join('：');
  const clause = c.clause ? `，${c.clause}` : '';
  const type = c.press ? '[N/OL]' : '[EB/OL]';
  // A press report's page does not print its publication date (the date the site has is the
  // conference's), so none is given rather than the wrong one.
  const published = c.press ? '' : `（${c.date}）`;
  return `${c.issuers.join('，')}. ${title}${clause}${type}. ${published}[${c.accessed}]. ${c.url}.`;
}

/** Today's date as YYYY-MM-DD in China Standard Time (the date a Chinese reader would write). */
export function accessedDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * A citation of one of the site's own charts or maps as a dataset, the type GB/T 7714—2025 adds:
 * 责任者. 题名[DS/OL]. [引用日期]. 网址. The site publishes no date of its own for them, so the
 * access date is left for the citer to fill in; the dates of the sources are given beside it.
 */
export function datasetCitation(siteName: string, title: string, url: string): string {
  return `${siteName}. ${title}[DS/OL]. [引用日期]. ${url}.`;
}

/** The <iframe> another site pastes to show an embed page (responsive width, no script of its own). */
/** The message an embed page sends its host with its height (src/client/embed-height.ts). */
export const EMBED_HEIGHT_MESSAGE = 'shanxi-zhijiao-embed-height';

/**
 * The optional script a host page adds once beside its embeds: each frame of this site that reports
 * its height (EMBED_HEIGHT_MESSAGE) gets it, so no scrollbar and no gap at any column width. Only the
 * frame itself can set its own height (the message's source is checked); no code from elsewhere.
 */
export function resizeSnippet(): string {
  return `<script>addEventListener('message',function(e){var d=e.data;if(!d||d.type!=='${EMBED_HEIGHT_MESSAGE}'||typeof d.height!=='number')return;var f=document.getElementsByTagName('iframe');for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+'px';});</script>`;
}

export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${src}" title="${escapeHtml(title)}" width="100%" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}
