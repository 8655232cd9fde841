import type { CompiledAlias, Entity } from './types.ts';
import { foldString } from '../matching/chars.ts';
import { AliasFlag, writeFlags } from '../matching/alias-index.ts';
import { StateCue } from '../matching/state-cues.ts';
import { factOf } from './validate.ts';
import { byFoldedText } from './alias-keys.ts';
import { withoutQualifier } from './place-contexts.ts';

/** A region named for its city and its kind: "Poltava Oblast", "Stavropol Krai", "Idlib Governorate", "Iași County", "Sokoto State", "São Paulo state". */
const REGION_NAME = /^(.+) (?:Oblast|Region|Krai|Kray|Province|Governorate|County|State|state|Prefecture)$/;
/** Another spelling of such a name among the region's aliases: "Kharkov Oblast", "Dnepropetrovsk region". */
const REGION_ALIAS = /^(.+) (?:Oblast|oblast|Region|region|Province|province)$/;

/**
 * Gives a region named for its city ("Poltava Oblast") the city's name too, as a name that
 * needs a region's words around it (`StateCue.Region | CueOnly`; see `region-cues.ts`), and
 * marks the city's alias of that name `StateCue.Shared` so the matcher looks around it: "the
 * Kyiv and Dnipro regions" and "Kharkiv Governor" mark the regions, "Kharkiv" alone the city.
 * Only where another place has the name: a region's bare name that nothing else has is none news
 * writes alone. Not a U.S. state's (see `markStateNames`). The region's other spellings count
 * where its own country's city has them: "Kharkov Oblast" gives "Kharkov", the city's Russian
 * spelling, so "the Sumy and Kharkov regions" marks the regions.
 */
export function markRegionNames(entities: readonly Entity[], aliases: CompiledAlias[]): CompiledAlias[] {
  const byKey = byFoldedText(aliases, (_, i) => i);
  const spellings = regionSpellings(aliases);
  const added: CompiledAlias[] = [];
  entities.forEach((entity, position) => {
    const named = entity.type === 'place' ? REGION_NAME.exec(entity.name)?.[1] : undefined;
    if (named === undefined || factOf(entity, 'Country') === 'United States') return;
    const country = countryOf(entity);
    const bares = new Map([[foldString(named), { text: named, anywhere: true }]]);
    for (const text of spellings.get(position) ?? []) if (!bares.has(foldString(text))) bares.set(foldString(text), { text, anywhere: false });
    for (const [key, { text, anywhere }] of bares) {
      const holders = (byKey.get(key) ?? []).filter((i) => {
        const holder = entities[aliases[i][1]];
        return aliases[i][1] !== position && holder.type === 'place' && (anywhere || countryOf(holder) === country);
      });
      if (holders.length === 0) continue;
      for (const i of holders) aliases[i][2] |= StateCue.Shared << AliasFlag.CueShift;
      const cues = StateCue.Shared | StateCue.Region | StateCue.CueOnly;
      added.push([text, position, writeFlags({ weak: true, capsWord: false, givenName: false, cues })]);
    }
  });
  return added.length === 0 ? aliases : [...aliases, ...added].sort((a, b) => a[1] - b[1]);
}

/** A place's country without its qualifier: an occupied oblast's "Ukraine (internationally recognised)" is its city's "Ukraine". */
const countryOf = (entity: Entity) => {
  const country = factOf(entity, 'Country');
  return country === undefined ? undefined : withoutQualifier(country);
};

/** The bare names in each entity's aliases that name a region by its kind ("Kharkov" of "Kharkov Oblast"), by position. */
function regionSpellings(aliases: readonly CompiledAlias[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [text, position] of aliases) {
    const bare = REGION_ALIAS.exec(text)?.[1];
    if (bare === undefined) continue;
    const list = out.get(position);
    if (list) list.push(bare);
    else out.set(position, [bare]);
  }
  return out;
}
