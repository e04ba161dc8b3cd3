const maps = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** Adds `item` to the list kept under `key`, starting the list if there is none (grouping entries by a key). */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * The entries of a list by id, made once per list (the loaders' lists live for the whole build), so
 * a page looking up its city is not a scan of every city: at national scale that scan, on every
 * page, made the build grow with the square of its size.
 */
export function byId<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  let map = maps.get(list);
  if (!map) maps.set(list, (map = new Map(list.map((entry) => [entry.id, entry]))));
  return map as Map<string, T>;
}
