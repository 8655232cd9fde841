import type { CompiledAlias } from './types.ts';
import { foldString } from '../matching/chars.ts';

/** For each folded alias text, what `take` gives of every alias with it, in order: their indices, or their entities' positions. */
export function byFoldedText<T>(aliases: readonly CompiledAlias[], take: (alias: CompiledAlias, index: number) => T): Map<string, T[]> {
  const byKey = new Map<string, T[]>();
  aliases.forEach((alias, i) => {
    const key = foldString(alias[0]);
    const list = byKey.get(key);
    if (list) list.push(take(alias, i));
    else byKey.set(key, [take(alias, i)]);
  });
  return byKey;
}
