import type { CompiledAlias, Entity } from './types.ts';
import { foldString } from '../matching/chars.ts';
import { AliasFlag, writeFlags } from '../matching/alias-index.ts';
import { nameYears, withoutYear } from '../matching/dated-names.ts';
import { isKindOfElection } from './generic-names.ts';

/** A name without its year that can stand for an event: capitalised ("Dutch general election"), of two words or more. */
const STANDS_AS_NAME = /^\p{Lu}\S* \S/u;

/**
 * Dates the names a year-named event ("2025 Dutch general election") shares with the same
 * event of other years (see `dated-names.ts`): each alias it holds written without the year
 * ("Dutch general election"), where no other entity goes by it, and each year-less alias that
 * only year-named events hold ("Danish election", written for 2019's and 2022's) or that its
 * writer left weak ("Senedd election"). A dated name is strong: the page's date says which
 * year's event it is; a vote by its kind alone ("presidential election") stays weak, as every
 * country's of that year shares it.
 */
export function withDatedEventNames(entities: readonly Entity[], aliases: readonly CompiledAlias[]): CompiledAlias[] {
  const yearNamed = (position: number) => entities[position].type === 'event' && nameYears(entities[position].name) !== null;
  const owners = new Map<string, Set<number>>();
  for (const [text, position] of aliases) {
    const key = foldString(text);
    (owners.get(key) ?? owners.set(key, new Set()).get(key)!).add(position);
  }
  const dated = writeFlags({ weak: false, capsWord: false, givenName: false, cues: 0, dated: true });
  const datedWeak = writeFlags({ weak: true, capsWord: false, givenName: false, cues: 0, dated: true });
  const out: CompiledAlias[] = [];
  const added = new Set<string>();
  for (const alias of aliases) {
    const [text, position, flags] = alias;
    if (!yearNamed(position)) {
      // A vote by its kind alone is a dated name or none ("November 2021 Bulgarian general election" gives no year to read).
      if (!((flags & AliasFlag.Weak) !== 0 && isKindOfElection(text))) out.push(alias);
      continue;
    }
    const shared = [...owners.get(foldString(text))!];
    // A vote by its kind alone ("the presidential election") stays weak: the page's country says whose it is.
    const kindOnly = (flags & AliasFlag.Weak) !== 0 && isKindOfElection(text);
    // Two years' events of one name, or one's name its writer left weak ("Senedd election"), which waited for the full name.
    const sameEvent = shared.length > 1 || ((flags & AliasFlag.Weak) !== 0 && STANDS_AS_NAME.test(text));
    if (kindOnly) out.push([text, position, datedWeak]);
    else out.push(!/\d{4}/.test(text) && sameEvent && shared.every(yearNamed) ? [text, position, (flags & AliasFlag.Plus) | dated] : alias);
    const bare = withoutYear(text);
    if (bare === null || !STANDS_AS_NAME.test(bare) || /\d{4}/.test(bare)) continue;
    const key = foldString(bare);
    if (owners.has(key) || added.has(`${position} ${key}`)) continue;
    added.add(`${position} ${key}`);
    out.push([bare, position, dated]);
  }
  return out;
}
