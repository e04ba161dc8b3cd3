import { accessedDate } from '../lib/domain/citation.ts';
import { showFeedback } from './feedback.ts';

/**
 * One click to copy each text marked `data-copy="<what>"` (a citation, a caption line, the embed
 * code): the script makes the button (it needs the script), fills a citation's “[引用日期]” with the
 * reader's date, as the clause citations do, and says what it copied next to the button.
 */
export function enhanceCopyButtons(root: Document) {
  for (const source of root.querySelectorAll<HTMLElement>('[data-copy]')) {
    const what = source.dataset['copy'] ?? '内容';
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = `复制${what}`;
    const wrap = root.createElement('p');
    wrap.className = 'copy-row';
    wrap.append(button);
    source.after(wrap);
    button.addEventListener('click', () => {
      const raw = (source.textContent ?? '').trim();
      const text = raw.replace('[引用日期]', `[${accessedDate(new Date())}]`);
      const dated = text !== raw;
      void navigator.clipboard?.writeText(text).then(
        () => showFeedback(button, dated ? `已复制${what}（引用日期已填为今天）。` : `已复制${what}。`, wrap),
        () => showFeedback(button, '无法自动复制，请手动选中上面的文字复制。', wrap),
      );
    });
  }
}
