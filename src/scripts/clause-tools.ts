import { accessedDate, gbtCitation } from '../lib/citation.ts';

/**
 * Adds “复制链接” and “复制引用” buttons to every clause of a document page (the plain “本条链接”
 * works without script). The citation follows GB/T 7714 and names the clause.
 */
export function enhanceClauseTools(root: Document) {
  const article = root.querySelector<HTMLElement>('[data-document]');
  if (!article) return;
  const status = root.getElementById('shortlist-status');
  const data = article.dataset;
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      say(done);
    } catch {
      say('无法自动复制，请长按或右键复制“本条链接”。');
    }
  };
  for (const tools of article.querySelectorAll<HTMLElement>('.clause-tools')) {
    const clause = tools.closest<HTMLElement>('.clause');
    if (!clause?.id) continue;
    const url = `${data['url'] ?? location.href.split('#')[0]}#${clause.id}`;
    const cite = clause.dataset['cite'] ?? '';
    const link = document.createElement('button');
    link.type = 'button';
    link.className = 'clause-button';
    link.textContent = '复制链接';
    link.setAttribute('aria-label', `复制链接：${cite}`);
    link.addEventListener('click', () => void copy(url, `已复制${cite}的链接。`));
    const citation = document.createElement('button');
    citation.type = 'button';
    citation.className = 'clause-button';
    citation.textContent = '复制引用';
    citation.setAttribute('aria-label', `复制引用：${cite}`);
    citation.addEventListener('click', () =>
      void copy(
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
        `已复制${cite}的引用。`,
      ),
    );
    tools.append(' ', link, ' ', citation);
  }
}
