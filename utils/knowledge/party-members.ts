import { foldString } from '../matching/chars.ts';
import { countryNamedIn } from './demonyms.ts';
import { isParty } from './party-name.ts';
import { isCountry } from './place-contexts.ts';
import { aliasesOf, factOf } from './validate.ts';
import type { Entity } from './types.ts';

/** "Social Democratic Party (SPD)": the name and the initials after it; a plain name alone. */
const NAME_AND_INITIALS = /^(.*?)\s*\(([^()]+)\)$/u;

/**
 * The people whose "Party" fact names a party of their own country, by the party's id: Sylvi
 * Listhaug's "Progress Party (Norway)". News names a party by its short weak name beside its
 * leader ("the Progress Party of Sylvi Listhaug"), as it names a club beside its players, and
 * most people's entries name their party in a fact but not in `related`. A name many countries'
 * parties share ("Social Democratic Party") counts only where the person's description names
 * the party's country or its people ("Norwegian right-wing populist"): "Democratic Party" is
 * Italy's too, and a U.S. senator is none of its members.
 */
export function partyMembers(all: readonly Entity[], namedIn = countryNamedIn(all.filter(isCountry))): Map<string, Entity[]> {
  const byName = new Map<string, Entity[]>();
  for (const party of all.filter(isParty)) {
    for (const { text } of aliasesOf(party)) {
      const key = foldString(text);
      byName.set(key, [...(byName.get(key) ?? []), party]);
    }
  }
  const ofTheirCountry = (person: Entity, party: Entity) => {
    const country = factOf(party, 'Country');
    return country !== undefined && namedIn(person.description, country);
  };
  const members = new Map<string, Entity[]>();
  for (const person of all) {
    if (person.type !== 'person') continue;
    const named = factOf(person, 'Party');
    if (named === undefined) continue;
    const found = partiesNamed(named, byName).filter((party) => ofTheirCountry(person, party) && !(person.related ?? []).includes(party.id));
    if (found.length === 1) members.set(found[0].id, [...(members.get(found[0].id) ?? []), person]);
  }
  return members;
}

/** The parties a "Party" fact's text names: by the whole text, or by both its name and its initials. */
function partiesNamed(text: string, byName: ReadonlyMap<string, Entity[]>): Entity[] {
  const whole = byName.get(foldString(text));
  if (whole !== undefined) return whole;
  const parts = NAME_AND_INITIALS.exec(text);
  if (parts === null) return [];
  const initials = new Set(byName.get(foldString(parts[2])) ?? []);
  return (byName.get(foldString(parts[1])) ?? []).filter((party) => initials.has(party));
}
