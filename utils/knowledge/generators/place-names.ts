import type { AmbiguityLists } from '../word-lists.ts';
import type { LeftOut } from './gazetteer.ts';

// How a gazetteer place's name reads on a page: whether it is also a word or a person's name,
// and the spellings news writes it in (without apostrophes, in Ukraine's national transliteration).

/**
 * A place this large keeps a name that is also a given name ("Sofia", "Sydney", "Lyon"): news
 * names the city far more often than a person by first name alone, and "Sofia Coppola"
 * is a longer proper name the matcher leaves alone.
 */
export const GIVEN_NAME_KEEPS_FROM = 300_000;

/**
 * A country's capital this large keeps a given name too ("Bern"): news names it as its
 * government's seat. A small one does not ("Victoria", Seychelles: 22,000 people).
 */
export const CAPITAL_KEEPS_FROM = 100_000;

/**
 * A compass point ("East", "Northern", "South-West"): everyday English that SUBTLEX keeps only
 * capitalised ("the East", "the South" as parts of a country), so the word list misses it;
 * regions of Iceland, Ghana and others bear these names, and a page's "in the East" is not one.
 */
const COMPASS_POINT = /^(north|south|east|west|central|centre|center)(ern)?([- ]?(north|south|east|west)(ern)?)?$/;

/** Why a name cannot be a strong alias of a gazetteer place, or null. */
export function ambiguity(folded: string, lists: AmbiguityLists, population = 0): LeftOut['reason'] | null {
  // A final apostrophe transliterates a soft sign ("Star’", Russia), and a page's "Star" matches it.
  const word = folded.replace(/['’ʼ`]+$/, '');
  if (lists.commonWords.has(word) || COMPASS_POINT.test(word)) return 'common word';
  if (lists.givenNames.has(word) && population < GIVEN_NAME_KEEPS_FROM) return 'given name';
  return null;
}

export const APOSTROPHE = /['’ʼ`]/;
export const withoutApostrophes = (name: string) => name.replace(/['’ʼ`]/g, '');

/**
 * An elided article or saint ("L'Aquila", "Villeneuve-d'Ascq", "Sant'Antimo"): its apostrophe is
 * part of how everyone writes it, so the name has no spelling without one.
 */
const ELISION = /(?:^|[\s-])(?:[LlDd]|Sant)['’ʼ`]/u;

/**
 * Whether the spelling a page writes without a name's apostrophes may stand for the place
 * ("Sivers’k": Siversk). Dropping one can make a short given name or word no list holds
 * ("Il’ya": Ilya, "Ji’an": Jian), so a short spelling is kept only for a large city ("Xi’an").
 */
export function readsWithoutApostrophes(name: string, folded: string, population: number): boolean {
  if (ELISION.test(name)) return false;
  return folded.replace(/[^\p{L}]/gu, '').length >= 6 || population >= 100_000;
}

/**
 * A Ukrainian name in the national transliteration news uses since 2010 (Kostiantynivka,
 * Huliaipole, Izium), from GeoNames' older BGN/PCGN spelling (Kostyantynivka, Hulyaypole,
 * Izyum): й after a vowel becomes i, я, ю, є inside a word ia, iu, ie, and a final ий yi.
 */
export function ukrainianNational(name: string): string {
  return withoutApostrophes(name)
    .replace(/([aeiou])y(?=[^aeiouy]|$)/gi, '$1i')
    .replace(/\By([aeu])/gi, 'i$1')
    .replace(/yy\b/gi, 'yi');
}

/**
 * A Russian or Belarusian name as English news writes it (Nizhny Novgorod, Veliky Novgorod,
 * Stary Oskol, Petropavlovsk-Kamchatsky), from GeoNames' BGN/PCGN spelling (Nizhniy, Velikiy,
 * Staryy, Kamchatskiy): a word's final ий or ый is y.
 */
export function russianNews(name: string): string {
  return withoutApostrophes(name).replace(/[iy]y\b/g, 'y');
}

const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/**
 * A German name as wire copy without umlauts writes it (Reuters' "Baden-Wuerttemberg",
 * "Duesseldorf", "Muenster"), or null where it has none. Folding alone gives "Dusseldorf",
 * which the name's own spelling already matches; "ue" is another word.
 */
export function germanWire(name: string): string | null {
  const spelled = name.replace(/[äöüÄÖÜß]/g, (c) => UMLAUTS[c]);
  return spelled === name ? null : spelled;
}

/** Countries whose names wire copy writes without umlauts. */
export const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH']);
