import { foldString } from '../matching/chars.ts';

/** What matching needs of an entity: its id, name and aliases (as knowledge files hold them). */
export interface NamedEntity {
  id: string;
  name: string;
  aliases: (string | { text: string })[];
}

/**
 * Natural Earth's short names (world-atlas keeps them) that no name or alias of ours spells
 * out, by entity id. A test checks each still names a feature.
 */
export const FEATURE_NAMES: Record<string, string> = {
  'antigua-and-barbuda': 'Antigua and Barb.',
  'bosnia-and-herzegovina': 'Bosnia and Herz.',
  'central-african-republic': 'Central African Rep.',
  'democratic-republic-of-the-congo': 'Dem. Rep. Congo',
  'republic-of-the-congo': 'Congo',
  'dominican-republic': 'Dominican Rep.',
  'equatorial-guinea': 'Eq. Guinea',
  'marshall-islands': 'Marshall Is.',
  'solomon-islands': 'Solomon Is.',
  'saint-kitts-and-nevis': 'St. Kitts and Nevis',
  'saint-vincent-and-the-grenadines': 'St. Vin. and Gren.',
  'sao-tome-and-principe': 'São Tomé and Principe',
  'south-sudan': 'S. Sudan',
  'western-sahara': 'W. Sahara',
  'northern-cyprus': 'N. Cyprus',
  'falkland-islands': 'Falkland Is.',
};

/** A world-atlas geometry's Natural Earth name ("Ukraine", "Bosnia and Herz."). */
export const featureName = (geometry: { properties?: object }): string => (geometry.properties as { name?: string } | undefined)?.name ?? '';

const textsOf = (entity: NamedEntity) => [entity.name, ...entity.aliases.map((a) => (typeof a === 'string' ? a : a.text))];

/**
 * Which world-atlas feature each entity is, by position in the countries' geometries: the
 * override above, else the entity's name, else one of its aliases ("Czechia", "Cabo Verde").
 * A feature goes to one entity only: the first by name, else the first by alias, in the
 * order given (so a country file read first wins over a region sharing an alias).
 */
export function matchCountryFeatures(entities: readonly NamedEntity[], featureNames: readonly string[]): Map<string, number> {
  const byName = new Map<string, number>();
  featureNames.forEach((name, i) => byName.set(foldString(name), i));
  const matched = new Map<string, number>();
  const taken = new Set<number>();
  const claim = (entity: NamedEntity, texts: string[]) => {
    if (matched.has(entity.id)) return;
    for (const text of texts) {
      const at = byName.get(foldString(text));
      if (at === undefined || taken.has(at)) continue;
      matched.set(entity.id, at);
      taken.add(at);
      return;
    }
  };
  for (const entity of entities) if (FEATURE_NAMES[entity.id]) claim(entity, [FEATURE_NAMES[entity.id]]);
  for (const entity of entities) claim(entity, [entity.name]);
  for (const entity of entities) claim(entity, textsOf(entity).slice(1));
  return matched;
}

/** A place's "Country" fact as a bare name: "Ukraine (internationally recognised)" → "Ukraine". */
export function countryNameOf(value: string): string {
  return value.replace(/\s*\(.*$/, '').trim();
}

/**
 * Finds a country-like entity by any of its names, folded: the lookup a place's "Country"
 * fact ("Ukraine", "Czechia", "United States") goes through.
 */
export function countryLookup(countries: readonly NamedEntity[]): (name: string) => string | undefined {
  const ids = new Map<string, string>();
  for (const country of countries) for (const text of textsOf(country)) if (!ids.has(foldString(text))) ids.set(foldString(text), country.id);
  return (name) => ids.get(foldString(countryNameOf(name)));
}
