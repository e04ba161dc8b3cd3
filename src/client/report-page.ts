import { reportHref, reportText, type Report } from '../lib/views/report.ts';
import { showFeedback } from './feedback.ts';

/**
 * /report/: fills in the page and clause a reader came from (?page=&clause=), composes the report
 * as they type, and offers to copy it and, where the operator has set a channel, to send it (a
 * mailto: link with subject and body filled, or the channel's form). Nothing is sent by the site.
 */
export function enhanceReportPage(root: Document) {
  const form = root.querySelector<HTMLFormElement>('[data-report]');
  if (!form) return;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  const params = new URLSearchParams(location.search);
  const page = params.get('page');
  // Only an address of this site is filled in from the link.
  if (page && page.startsWith('/')) field('page').value = new URL(page, location.origin).href;
  const clause = params.get('clause');
  if (clause) field('clause').value = clause.slice(0, 40);
  const result = form.querySelector<HTMLElement>('[data-report-result]');
  const text = root.getElementById('report-text') as HTMLTextAreaElement | null;
  const channel = form.dataset['channel'] || null;
  const actions = root.createElement('p');
  const copy = root.createElement('button');
  copy.type = 'button';
  copy.textContent = '复制报告';
  const send = root.createElement('a');
  send.className = 'button';
  send.textContent = channel?.startsWith('mailto:') ? '用邮件发送' : '打开纠错表单';
  actions.append(copy, ' ', ...(channel ? [send] : []));
  result?.after(actions);
  if (result) result.hidden = false;

  const current = (): Report => ({
    url: field('page').value,
    clause: field('clause').value || undefined,
    kind: field('kind').value,
    words: field('words').value,
  });
  const update = () => {
    const report = current();
    if (text) text.value = reportText(report);
    const href = reportHref(channel ? { channel: '', href: channel } : null, report);
    if (href) send.href = href;
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  copy.addEventListener('click', () => {
    update();
    void navigator.clipboard?.writeText(text?.value ?? '').then(
      () => showFeedback(copy, channel ? '报告已复制。' : '报告已复制。本站的纠错渠道尚未公布，请先保存，渠道公布后再发送。', actions),
      () => showFeedback(copy, '无法自动复制，请手动选中上面的报告复制。', actions),
    );
  });
  update();
}
