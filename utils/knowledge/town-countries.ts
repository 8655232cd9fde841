import type { Entity } from './types.ts';
import { isCountry, isRegion, withoutQualifier } from './place-contexts.ts';
import { aliasesOf, factOf } from './validate.ts';
import { STATE_ABBREVIATIONS } from './state-abbreviations.ts';

/**
 * Countries whose news names a town by its state or province after a comma ("Moscow, Idaho",
 * "London, Ontario"), and the United Kingdom's nations ("Perth, Scotland").
 */
const QUALIFYING_REGIONS_OF = new Set(['United States', 'Canada', 'Australia', 'United Kingdom']);

/** A settlement, by its gazetteer type, or a hand-written place that gives a country and no type (the core's cities). */
const isSettlement = (entity: Entity) => {
  const type = factOf(entity, 'Type');
  return type === undefined || /^(city|town|small town|major city|capital city\b)/i.test(type);
};

/**
 * Each town's country, by the country's name, for the towns in `entities` whose country is one
 * of `countries` (a river or a palace says nothing: see `qualifiedTown`). A first-level region
 * counts too: "Santa Fe, New Mexico" is no Argentine province, while "Kent, England" is Kent.
 * Grouped by country, ids joined by spaces: what pages carry is a few hundred bytes.
 */
export function townCountries(entities: readonly Entity[], countries: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entity of entities) {
    if (entity.type !== 'place' || isCountry(entity) || !(isSettlement(entity) || isRegion(entity))) continue;
    const country = countries.get(factOf(entity, 'Country') ?? '');
    if (country === undefined) continue;
    out[country] = out[country] === undefined ? entity.id : `${out[country]} ${entity.id}`;
  }
  return out;
}

/** Every country in `entities` by each of its names (a town's `Country` may say "Türkiye" or "Czechia"): its own name. */
export function countriesByName(entities: readonly Entity[]): Map<string, string> {
  return new Map(entities.filter(isCountry).flatMap((c) => aliasesOf(c).map(({ text }) => [text, c.name] as const)));
}

/**
 * The states, provinces and nations that may follow a town's name (see `QUALIFYING_REGIONS_OF`),
 * each name (the bare one, strong or weak: "Georgia" for the U.S. state too) and abbreviation
 * ("Ga."; see `STATE_ABBREVIATIONS`), grouped by country and joined by "|".
 */
export function regionQualifiers(entities: readonly Entity[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entity of entities) {
    if (!isRegion(entity)) continue;
    const country = factOf(entity, 'Country');
    if (country === undefined || !QUALIFYING_REGIONS_OF.has(country)) continue;
    // The bare name too where the state goes by its qualified one alone ("New York (U.S. state)").
    const names = new Set([withoutQualifier(entity.name), ...aliasesOf(entity).map(({ text }) => text)]);
    for (const text of names) if (!text.includes('(')) out[country] = out[country] === undefined ? text : `${out[country]}|${text}`;
  }
  // The abbreviations ("Ga.", "Ont."), for the countries whose states the knowledge has.
  for (const [country, abbreviations] of Object.entries(STATE_ABBREVIATIONS)) if (out[country] !== undefined) out[country] += `|${abbreviations.join('|')}`;
  return out;
}

/** Reads `townCountries`' grouped form back into a map from town id to country. */
export function readTownCountries(grouped: Readonly<Record<string, string>> | undefined, into = new Map<string, string>()): Map<string, string> {
  for (const [country, ids] of Object.entries(grouped ?? {})) for (const id of ids.split(' ')) into.set(id, country);
  return into;
}
