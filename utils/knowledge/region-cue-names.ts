import type { CompiledAlias, Entity } from './types.ts';
import { foldString } from '../matching/chars.ts';
import { AliasFlag, writeFlags } from '../matching/alias-index.ts';
import { StateCue } from '../matching/state-cues.ts';
import { factOf } from './validate.ts';
import { byFoldedText } from './alias-keys.ts';

/** A region named for its city and its kind: "Poltava Oblast", "Stavropol Krai", "Idlib Governorate", "Iași County", "Sokoto State", "São Paulo state". */
const REGION_NAME = /^(.+) (?:Oblast|Region|Krai|Kray|Province|Governorate|County|State|state|Prefecture)$/;

/**
 * Gives a region named for its city ("Poltava Oblast") the city's name too, as a name that
 * needs a region's words around it (`StateCue.Region | CueOnly`; see `region-cues.ts`), and
 * marks the city's alias of that name `StateCue.Shared` so the matcher looks around it: "the
 * Kyiv and Dnipro regions" and "Kharkiv Governor" mark the regions, "Kharkiv" alone the city.
 * Only where another place has the name: a region's bare name that nothing else has is none news
 * writes alone. Not a U.S. state's (see `markStateNames`).
 */
export function markRegionNames(entities: readonly Entity[], aliases: CompiledAlias[]): CompiledAlias[] {
  const byKey = byFoldedText(aliases, (_, i) => i);
  const added: CompiledAlias[] = [];
  entities.forEach((entity, position) => {
    const bare = entity.type === 'place' ? REGION_NAME.exec(entity.name)?.[1] : undefined;
    if (bare === undefined || factOf(entity, 'Country') === 'United States') return;
    const holders = (byKey.get(foldString(bare)) ?? []).filter((i) => aliases[i][1] !== position && entities[aliases[i][1]].type === 'place');
    if (holders.length === 0) return;
    for (const i of holders) aliases[i][2] |= StateCue.Shared << AliasFlag.CueShift;
    const cues = StateCue.Shared | StateCue.Region | StateCue.CueOnly;
    added.push([bare, position, writeFlags({ weak: true, capsWord: false, givenName: false, cues })]);
  });
  return added.length === 0 ? aliases : [...aliases, ...added].sort((a, b) => a[1] - b[1]);
}
