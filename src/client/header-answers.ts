import { nameAnswers, questionAnswers, type AnswerIndex } from '../lib/domain/answers.ts';
import { make } from './dom.ts';

// The header's search box on every page answers names as the reader types, from the same index the
// search page carries (/search/answers.json, fetched when the box first gets focus; no page pays for it
// up front). Enter still opens the search page with the full text.

/** Shows up to five answers under the header box as the reader types; none while the index is not there. */
export function enhanceHeaderAnswers(input: HTMLInputElement, base: string) {
  const form = input.form;
  if (!form) return;
  let index: AnswerIndex | null = null;
  void fetch(`${base}search/answers.json`)
    .then((r) => (r.ok ? (r.json() as Promise<AnswerIndex>) : null))
    .then((data) => {
      index = data;
      show();
    })
    .catch(() => undefined);
  const box = make('div', 'header-answers');
  box.hidden = true;
  // Styled here, not in the global sheet: every page would pay for rules only a focused box uses
  // (style properties set from a script are allowed by the site's CSP; a <style> element is not).
  // In the flow: under the box on a phone; on a wide screen, where the header's parts sit in one
  // row, on a row of its own at the header's end (a box over the page was clipped by the disclosure).
  Object.assign(box.style, {
    flexBasis: '100%',
    order: '10',
    maxWidth: '40rem',
    marginTop: '0.25rem',
    background: '#fff',
    color: '#1a1a1a',
    border: '1px solid #888',
    padding: '0.25rem 0.75rem',
  });
  const list = make('ul');
  Object.assign(list.style, { listStyle: 'none', margin: '0', padding: '0' });
  const said = make('p', 'visually-hidden');
  said.setAttribute('role', 'status');
  box.append(list);
  form.after(box, said);

  function show() {
    const q = input.value.trim();
    if (!index || !q) {
      box.hidden = true;
      list.replaceChildren();
      said.textContent = '';
      return;
    }
    const asked = questionAnswers(index, q, 1);
    const names = nameAnswers(index, q, {}, asked.length ? 4 : 5);
    const items = [
      ...asked.map((a) => ({ title: a.question, kind: '常见问题：文件写了什么、没写什么', href: `${base}search/?q=${encodeURIComponent(q)}` })),
      ...names.map((p) => ({ title: p.title, kind: p.kind, href: base + p.url })),
    ];
    list.replaceChildren(
      ...items.map((item) => {
        const li = make('li');
        Object.assign(li.style, { padding: '0.35rem 0', minHeight: '44px' });
        const a = make('a', undefined, item.title);
        a.href = item.href;
        Object.assign(a.style, { color: '#0b5394', display: 'block' });
        const kind = make('span', 'header-answer-kind', item.kind);
        Object.assign(kind.style, { display: 'block', fontSize: '0.9rem', color: '#555' });
        li.append(a, kind);
        return li;
      }),
    );
    box.hidden = items.length === 0;
    said.textContent = items.length ? `有 ${items.length} 条直接答案，按 Tab 键查看；按回车搜索全文。` : '';
  }
  input.addEventListener('input', show);
}
