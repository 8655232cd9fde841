import { foldString } from '../../matching/chars.ts';
import type { GeoCity } from './gazetteer.ts';

// Which places and regions the gazetteer takes, by the thresholds, and the file each goes to.

/** Places of at least 1,000 people: the war's countries and their neighbours, where front-line villages make news. */
const NEAR = new Set(['UA', 'RU', 'BY', 'MD', 'GE', 'AM', 'AZ', 'EE', 'LV', 'LT']);
/** Places of at least 20,000: the rest of Europe, Turkey, the Middle East. */
const REGION = new Set(
  ('AL AD AT BE BA BG HR CY CZ DK FI FR DE GR HU IS IE IT XK LI LU MT MC ME NL MK NO PL PT RO SM RS SK SI ES SE CH GB VA ' +
    'FO GI IM JE GG TR IL PS LB SY JO IQ IR SA AE QA KW BH OM YE EG').split(' '),
);
/** Every first-level region of these countries (beyond NEAR and REGION): the G20's, and those of the wars and crises in the news (Nigeria's states, Sudan's, Myanmar's, Congo's Kivus). */
export const REGION_COUNTRIES = new Set([
  ...['US', 'CA', 'MX', 'BR', 'AR', 'AU', 'CN', 'IN', 'ID', 'JP', 'KR', 'ZA', 'SA'],
  ...['NG', 'PK', 'CD', 'SD', 'SS', 'MM', 'AF', 'KE', 'ET'],
  ...NEAR,
  ...REGION,
]);
export const MIN_POPULATION = { near: 1_000, region: 20_000, world: 200_000, capital: 10_000, seat: 100_000, englishNews: 100_000 };
/**
 * Countries whose own news is mostly written in English, where a city of 100,000 ("Shreveport",
 * "Ann Arbor", "Townsville", "Bhilai") is a story's dateline, not world news. Britain and
 * Ireland are in REGION already.
 */
const ENGLISH_NEWS = new Set(['US', 'CA', 'AU', 'NZ', 'IN', 'PK', 'NG', 'ZA', 'PH', 'KE', 'GH']);
/**
 * Small states and dependencies whose parishes and councils make no news, and whose names are
 * words in English news ("German" on the Isle of Man marked "German Chancellor", "Trinity", "St John").
 */
export const NO_REGIONS = new Set(['IM', 'JE', 'GG', 'FO', 'GI', 'MC', 'SM', 'LI', 'AD', 'MT', 'VA']);

/** The file of the second tier (see `isEnglishNewsTown`), apart so a reviewer can read what it added. */
export const ENGLISH_NEWS_FILE = 'english-news';

/** Which output file a country's places go to, so a reviewer can read one slice. */
export function gazetteerFile(country: string): string {
  if (country === 'UA') return 'ukraine';
  if (country === 'RU') return 'russia';
  if (NEAR.has(country)) return 'eastern-europe';
  if (REGION.has(country)) return ['TR', 'IL', 'PS', 'LB', 'SY', 'JO', 'IQ', 'IR', 'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'YE', 'EG'].includes(country) ? 'middle-east' : 'europe';
  return 'world';
}

export function isIncluded(city: GeoCity): boolean {
  // A country's capital is news at any size: Valletta has 6,794 people, Vaduz 5,197.
  if (city.featureCode === 'PPLC' && city.population >= MIN_POPULATION.near) return true;
  if (NEAR.has(city.country)) return city.population >= MIN_POPULATION.near;
  if (REGION.has(city.country)) return city.population >= MIN_POPULATION.region;
  return city.population >= MIN_POPULATION.world || isSmallSeat(city);
}

/**
 * A town of the second tier: a city of 100,000 in a country of ENGLISH_NEWS below the world's
 * threshold. The generator takes these only after every other place and region, and only under
 * a name none of them holds, so the tier adds towns and never takes a name from one ("Lancaster"
 * stays England's, "Waterloo" Belgium's).
 */
export function isEnglishNewsTown(city: GeoCity): boolean {
  // Not a part of a city ("Harlem", "Van Nuys"): its card would call it a city.
  return ENGLISH_NEWS.has(city.country) && (city.population >= MIN_POPULATION.englishNews || isStateSeat(city)) && city.featureCode !== 'PPLX' && !isIncluded(city);
}

/**
 * A state's or province's seat where news is written in English, at any size from a capital's
 * 10,000: "ALBANY, N.Y. —", "HARRISBURG", "TRENTON" and "Pierre" head the stories of state
 * politics. It keeps its name from smaller towns that share it (Albany, New York, from Albany,
 * Georgia), not from a larger one (Springfield, Illinois, is not the Springfield of news).
 */
export function isStateSeat(city: GeoCity): boolean {
  return ENGLISH_NEWS.has(city.country) && city.featureCode === 'PPLA' && city.population >= MIN_POPULATION.capital;
}

/** Towns this size that share a second-tier town's name make it no one's (see `namesakes`). */
export const NAMESAKE_MIN_POPULATION = 20_000;

/**
 * How many towns of 20,000 or more bear each folded name, anywhere, and the largest one's
 * population: a second-tier town that shares its name ("Pasadena" in Texas and California,
 * "Wilmington" in North Carolina and Delaware) is left out, since the page may mean either and
 * only the larger tier is sure; a state's seat keeps a name only smaller towns share.
 */
export function namesakes(cities: readonly GeoCity[]): Map<string, { count: number; largest: number }> {
  const out = new Map<string, { count: number; largest: number }>();
  for (const city of cities) {
    if (city.population < NAMESAKE_MIN_POPULATION) continue;
    const key = foldString(city.name);
    const known = out.get(key);
    if (known) {
      known.count++;
      known.largest = Math.max(known.largest, city.population);
    } else out.set(key, { count: 1, largest: city.population });
  }
  return out;
}

/** A capital, or a province's seat of 100,000, makes world news at any size (Dodoma, Goma). */
export function isSmallSeat(city: GeoCity): boolean {
  if (NEAR.has(city.country) || REGION.has(city.country) || city.population >= MIN_POPULATION.world) return false;
  if (city.featureCode === 'PPLC') return city.population >= MIN_POPULATION.capital;
  return city.featureCode === 'PPLA' && city.population >= MIN_POPULATION.seat;
}
