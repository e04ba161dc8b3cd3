import { slugFromName } from '../content/list-import.ts';

/** Groups items under the first letter of their pinyin id (A–Z), letters in order. */
export function byInitial<T extends { id: string }>(items: T[]): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.id.localeCompare(b.id))) {
    const letter = item.id.charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([letter, list]) => ({ letter, items: list }));
}

/** A stable anchor for a 专业大类 on /majors/ (医药卫生大类 → yi-yao-wei-sheng-da-lei), made as ids are. */
export function categoryAnchor(category: string): string {
  return slugFromName(category, new Set());
}
