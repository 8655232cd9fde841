import { foldString } from '../matching/chars.ts';
import { isAcronym } from './ambiguity.ts';
import { isCountry, relations, saysEnough, strongNames, TIE_RANK } from './place-contexts.ts';
import { MAX_TIES_OF_A_TIE, MAX_WEAK_NAME_CONTEXT } from './tie-contexts.ts';
import { aliasesOf, factOf } from './validate.ts';
import type { Entity } from './types.ts';

/**
 * For a hand-written place the background serves under a weak name ("Tyre", "Suez", "Bondi",
 * "Engels", "Mount Kenya" for the region around it): its country by its strong names, then the
 * people, bodies and events tied to it ("Hezbollah"). Found in the same story they say the
 * capitalised word is this place, as a league says "Arsenal" is the club; like a club's, the
 * name is settled in mid-sentence first (see `settledByTies`): "Tyre pressure" opening a
 * sentence stays a word until the story has named the city in mid-sentence.
 *
 * Unlike a body's (see `tieContexts`), a place's country counts: a story about Lebanon is the
 * context of a Lebanese city. The gazetteer's towns get none (the build passes only a table of
 * cities named like a word, "Nice"): a bare "Lincoln" in an American story is more often the
 * president than the town, and only a writer who chose the place's weak name knows it is what
 * news means by it.
 */
export function weakPlaceContexts(
  places: readonly Entity[],
  all: readonly Entity[],
  weakNamesOf: (entity: Entity) => readonly string[],
): Record<string, string[]> {
  const { byId, tiedTo } = relations(all);
  const out: Record<string, string[]> = {};
  for (const place of places) {
    // A province with a capital of its own reads as a country elsewhere; it names the country it lies in ("Al-Mahra": Yemen).
    if (place.type !== 'place' || (isCountry(place) && factOf(place, 'Country') === undefined)) continue;
    const weakNames = weakNamesOf(place).filter((text) => !isAcronym(text));
    if (weakNames.length === 0) continue;
    // A phrase ("Mount Kenya", "Independence Square", "7th District") is settled by its people
    // and bodies only: a country is in too many stories ("7th District" in any story naming the
    // United States is no Virginia district).
    const byCountry = weakNames.some((text) => !/\s/.test(text));
    const own = aliasesOf(place).map(({ text }) => foldString(text));
    const related = (place.related ?? []).map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined);
    const ties = [
      ...(byCountry ? related.filter(isCountry) : []),
      ...related.filter((e) => !isCountry(e) && e.type !== 'place'),
      ...(tiedTo.get(place.id) ?? []).filter((e) => e.type !== 'place').sort((a, b) => TIE_RANK[a.type] - TIE_RANK[b.type]),
    ];
    // A country is the point; anything else tied to much of the news (UNESCO, Donald Trump) says nothing.
    const telling = ties.filter((e) => isCountry(e) || (tiedTo.get(e.id)?.length ?? 0) <= MAX_TIES_OF_A_TIE);
    // A name that holds the place's own ("Tyre District") says nothing more than the place.
    const usable = (name: string) => saysEnough(name) && !own.some((n) => ` ${foldString(name)} `.includes(` ${n} `));
    const context = [...new Set(telling.flatMap(strongNames).filter(usable))].slice(0, MAX_WEAK_NAME_CONTEXT);
    if (context.length > 0) out[place.id] = context;
  }
  return out;
}
