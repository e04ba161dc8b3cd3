import { accessedDate, gbtCitation } from '../lib/domain/citation.ts';
import { showFeedback } from './feedback.ts';

/**
 * One small control per clause of a document page: “链接/引用” opens a row with 复制链接,
 * 复制引用 and 报告这一条的问题 (/report/ with the clause filled in), and says, right there, what was copied. The control only works with script, so the
 * script makes it; without script the clause's printed number is its link. The citation follows
 * GB/T 7714—2025 and names the clause.
 */
export function enhanceClauseTools(root: Document) {
  const article = root.querySelector<HTMLElement>('[data-document]');
  if (!article) return;
  const data = article.dataset;
  const copy = async (button: HTMLElement, text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      showFeedback(button, done, button.parentElement);
    } catch {
      showFeedback(button, '无法自动复制，请长按或右键复制本条的网址。', button.parentElement);
    }
  };
  const make = (className: string, text: string, label: string) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = className;
    button.textContent = text;
    button.setAttribute('aria-label', label);
    return button;
  };
  let open: { toggle: HTMLButtonElement; panel: HTMLElement } | null = null;
  const close = () => {
    if (!open) return;
    open.panel.hidden = true;
    open.toggle.setAttribute('aria-expanded', 'false');
    open = null;
  };
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !open) return;
    const toggle = open.toggle;
    close();
    toggle.focus();
  });
  article.querySelectorAll<HTMLElement>('.clause[id]').forEach((clause, n) => {
    let tools = clause.querySelector<HTMLElement>(':scope > .clause-tools');
    if (!tools) {
      tools = document.createElement('span');
      tools.className = 'clause-tools';
      tools.dataset['pagefindIgnore'] = 'all';
      clause.append(tools);
    }
    tools.querySelector<HTMLElement>('.clause-anchor')?.setAttribute('hidden', '');
    const url = `${data['url'] ?? location.href.split('#')[0]}#${clause.id}`;
    const cite = clause.dataset['cite'] ?? '';
    const toggle = make('clause-toggle', '链接/引用', `链接/引用：${cite}`);
    const panel = document.createElement('span');
    panel.className = 'clause-panel';
    panel.id = `clause-panel-${n}`;
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', panel.id);
    const link = make('clause-button', '复制链接', `复制链接：${cite}`);
    link.addEventListener('click', () => void copy(link, url, `已复制${cite}的链接。`));
    const citation = make('clause-button', '复制引用', `复制引用：${cite}`);
    citation.addEventListener(
      'click',
      () =>
        void copy(
          citation,
          gbtCitation({
            issuers: (data['issuers'] ?? '').split('|'),
            title: data['citeTitle'] ?? '',
            docNumber: data['docNumber'] || null,
            date: data['date'] ?? '',
            clause: cite,
            url,
            accessed: accessedDate(new Date()),
            press: data['press'] === 'true',
          }),
          `已复制${cite}的引用（GB/T 7714—2025）。`,
        ),
    );
    // Reporting a problem with this clause: /report/ with the page and the clause filled in.
    const report = document.createElement('a');
    report.className = 'clause-report';
    report.href = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}report/?page=${encodeURIComponent(location.pathname)}&clause=${encodeURIComponent(cite)}`;
    report.textContent = '报告这一条的问题';
    report.setAttribute('aria-label', `报告这一条的问题：${cite}`);
    panel.append(link, ' ', citation, ' ', report);
    toggle.addEventListener('click', () => {
      const wasOpen = open?.panel === panel;
      close();
      if (wasOpen) return;
      panel.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      open = { toggle, panel };
    });
    tools.prepend(' ', toggle);
    tools.append(panel);
    // Arriving on a clause's own link (a shared or cited one): its tools are open already.
    if (location.hash === `#${clause.id}`) toggle.click();
  });
}
