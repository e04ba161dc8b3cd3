import { readStoredList, writeStoredList } from './stored-list.ts';

/** The display settings a reader can turn on: larger text and high contrast. */
const SETTINGS = ['large', 'contrast'] as const;
type Setting = (typeof SETTINGS)[number];
const KEY = 'zhijiao-display';

const isSetting = (word: string): word is Setting => (SETTINGS as readonly string[]).includes(word);
const read = (): Set<Setting> => new Set(readStoredList(KEY, isSetting));

function apply(on: Set<Setting>) {
  for (const setting of SETTINGS) {
    if (on.has(setting)) document.documentElement.dataset[setting] = '';
    else delete document.documentElement.dataset[setting];
    for (const button of document.querySelectorAll<HTMLButtonElement>(`[data-display-toggle="${setting}"]`))
      button.setAttribute('aria-pressed', String(on.has(setting)));
  }
}

/**
 * The 大字 / 高对比 toggles in the header's menu (closed on a phone, so nothing moves when they arrive): remembered in this browser (no account, nothing sent),
 * applied on every page. They only work with script, so the script makes them; without script high
 * contrast still follows the system's “more contrast” setting through CSS.
 */
export function enhanceDisplaySettings() {
  const on = read();
  const group = document.createElement('div');
  group.className = 'display-toggles';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', '显示设置');
  for (const [setting, label] of [
    ['large', '大字'],
    ['contrast', '高对比'],
  ] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['displayToggle'] = setting;
    button.textContent = label;
    group.append(button);
    button.addEventListener('click', () => {
      if (on.has(setting)) on.delete(setting);
      else on.add(setting);
      writeStoredList(KEY, [...on]);
      apply(on);
    });
  }
  document.querySelector('.site-header [data-display-slot]')?.append(group);
  apply(on);
}
