/**
 * Contexts as pages ship them: a name that two or more contexts hold ("United States", "U.S.",
 * "Washington") is written once, in `names`, and stands in each context as its position
 * there; a name only one context holds stays inline. The same 1,200 names filled 24 KB of
 * every page's script, 4.7 KB of it repeats. Most-shared names come first, so they take the
 * shortest numbers.
 */
export interface SharedContexts {
  contexts: Record<string, (string | number)[]>;
  names: string[];
}

export function shareContextNames(contexts: Readonly<Record<string, readonly string[]>>): SharedContexts {
  const counts = new Map<string, number>();
  for (const list of Object.values(contexts)) for (const name of list) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts].filter(([, count]) => count > 1).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  const position = new Map(names.map((name, i) => [name, i]));
  const shared: Record<string, (string | number)[]> = {};
  for (const [id, list] of Object.entries(contexts)) shared[id] = list.map((name) => position.get(name) ?? name);
  return { contexts: shared, names };
}

/** A shipped context's names, read back (see `shareContextNames`). */
export const contextNamesOf = (list: readonly (string | number)[], names: readonly string[]): string[] => list.map((name) => (typeof name === 'number' ? names[name] : name));

/** The page index as the build ships it: its contexts share their names (see `shareContextNames`). */
export type ShippedIndex = Omit<import('./types.ts').CompiledIndex, 'contexts'> & { contexts: SharedContexts['contexts']; contextNames?: string[] };
