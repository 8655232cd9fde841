import { createRequire } from 'node:module';
import { foldString } from '../matching/chars.ts';
import { demonymPlural } from '../matching/demonym-plural.ts';
import { aliasesOf } from './validate.ts';
import type { Entity } from './types.ts';

/**
 * The words news uses for a country's people and things ("Argentine", "Filipinos"), from the
 * world-countries dataset (mledoze/countries, ODbL): a story about Argentina's midterms writes
 * "Argentina" twice and "Argentine" three times, and the demonyms decide which country a story
 * is about, so its "Senate" is not the U.S. one (see `countryMentions`).
 */
interface CountryRecord {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

/**
 * Adjectives news writes that the dataset leaves out (it gives the Philippines "Filipino" only,
 * Argentina "Argentine" only).
 */
const MORE: Record<string, readonly string[]> = { Philippines: ['Philippine'], Argentina: ['Argentinian', 'Argentinians'] };

const plural = (demonym: string) => {
  const word = demonymPlural(demonym);
  return word === null ? [] : [word];
};

/**
 * Whether a text (a description) names a country or calls its people by their demonym, as a
 * whole word: "Norwegian right-wing populist" names Norway, "Nigerian" does not name Niger.
 */
export function countryNamedIn(countries: readonly Entity[], demonyms: Readonly<Record<string, readonly string[]>> = countryDemonyms(countries)): (text: string, country: string) => boolean {
  const says = (text: string, word: string) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
  return (text, country) => [country, ...(demonyms[country] ?? [])].some((word) => says(text, word));
}

/**
 * Each country's demonyms, by the country entity's name: only those that name one country of
 * `countries` ("Congolese" names two, "Dominican" two), and never another country's name.
 */
export function countryDemonyms(countries: readonly Entity[]): Record<string, string[]> {
  const records = createRequire(import.meta.url)('world-countries') as CountryRecord[];
  const byName = new Map<string, CountryRecord>();
  for (const record of records) for (const name of [record.name.common, record.name.official, ...record.altSpellings]) byName.set(foldString(name), record);
  const found = new Map<string, string[]>();
  for (const country of countries) {
    const record = aliasesOf(country).map(({ text }) => byName.get(foldString(text))).find((r) => r !== undefined) ?? byName.get(foldString(country.name));
    const eng = record?.demonyms?.eng;
    const words = [...new Set([...(eng ? [eng.m, eng.f] : []), ...(MORE[country.name] ?? [])])].flatMap((d) => [d, ...plural(d)]);
    found.set(country.name, [...new Set(words)]);
  }
  const owners = new Map<string, number>();
  for (const words of found.values()) for (const word of words) owners.set(word, (owners.get(word) ?? 0) + 1);
  const countryNames = new Set(countries.flatMap((c) => aliasesOf(c).map(({ text }) => text)));
  const out: Record<string, string[]> = {};
  for (const [country, words] of found) {
    const own = words.filter((word) => owners.get(word) === 1 && !countryNames.has(word));
    // The page adds each shipped word's plural by the same rule (see `demonymPlural`): a plural
    // ships only where its singular does not ("Djiboutis", whose singular is the country's name).
    const shipped = own.filter((word) => !own.some((other) => demonymPlural(other) === word));
    if (shipped.length > 0) out[country] = shipped;
  }
  return out;
}
