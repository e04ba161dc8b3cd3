/**
 * The one way the site keeps something in this browser: a short list of words under a key in
 * localStorage (the shortlist's pair ids, the display settings). Nothing is sent anywhere. What was
 * stored is read back leniently: only the words `accept` takes, at most `max`; a browser that refuses
 * storage (private mode) gets an empty list, and a write it refuses is dropped.
 */
export function readStoredList<T extends string>(key: string, accept: (word: string) => word is T, max = Infinity): T[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value)
      ? value
          .filter((x): x is string => typeof x === 'string')
          .filter(accept)
          .slice(0, max)
      : [];
  } catch {
    return [];
  }
}

/** Stores the list under `key`; a refusal (private mode) leaves the page as it is. */
export function writeStoredList(key: string, list: readonly string[]): void {
  try {
    localStorage.setItem(key, JSON.stringify(list));
  } catch {
    // Storage refused: the page still shows the change for now.
  }
}
