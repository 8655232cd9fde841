import type { EntityTable } from '@/utils/knowledge/entity-table';
import { foldString } from '@/utils/matching/chars';
import { nameGoesOn } from '@/utils/matching/context-rules';
import { holdsName, isWholeName } from '@/utils/matching/name-edges';
import { readsAsPerson } from '@/utils/matching/person-context';
import { demonymPlural } from '@/utils/matching/demonym-plural';
import { stateWordsAround } from '@/utils/matching/state-cues';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Countries = Readonly<Record<string, readonly string[]>>;

/** Where a name's match counts: its country, and how much (a demonym counts half; see `countryMentions`). */
interface Finder {
  pattern: RegExp;
  owner: Map<string, { country: string; weight: number }>;
}

/** One pattern for every country name, demonym and region: built once per set of lists, not per page read. */
const finders = new WeakMap<Countries, WeakMap<Countries, WeakMap<Countries, Finder>>>();
const NO_DEMONYMS: Countries = {};
const NO_REGIONS: Countries = {};

function finderFor(countries: Countries, demonyms: Countries, regions: Countries): Finder {
  let byDemonyms = finders.get(countries);
  if (!byDemonyms) finders.set(countries, (byDemonyms = new WeakMap()));
  let byRegions = byDemonyms.get(demonyms);
  if (!byRegions) byDemonyms.set(demonyms, (byRegions = new WeakMap()));
  let finder = byRegions.get(regions);
  if (finder) return finder;
  const owner = new Map<string, { country: string; weight: number }>();
  for (const [country, names] of Object.entries(regions)) for (const name of names) owner.set(name, { country, weight: 1 });
  for (const [country, words] of Object.entries(demonyms)) {
    for (const word of words) {
      owner.set(word, { country, weight: DEMONYM_WEIGHT });
      const plural = demonymPlural(word);
      if (plural !== null) owner.set(plural, { country, weight: DEMONYM_WEIGHT });
    }
  }
  for (const [country, names] of Object.entries(countries)) for (const name of names) owner.set(name, { country, weight: 1 });
  // Longest first, so "United States of America" is one mention, not "United States" and more.
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // An empty list matches nothing ((?!) never matches). Whole words are checked after the match (`isWholeName`).
  const pattern = new RegExp(alternatives || '(?!)', 'g');
  finder = { pattern, owner };
  byRegions.set(regions, finder);
  return finder;
}

/**
 * What a demonym counts for against the country's name: half. "Argentine voters" say a story is
 * about Argentina, but "Haitians" twice in a story on U.S. immigration rules do not make it
 * Haiti's, against "the United States" once.
 */
const DEMONYM_WEIGHT = 0.5;

/**
 * A word before a country's name or demonym that makes it another place or people: "Latin
 * American", "South American", "New Mexico", "Northern Ireland", "African American". (A longer
 * country's own name, "South Africa", "North Korea", is matched whole first.)
 */
const NOT_THE_COUNTRY_BEFORE = /(?:^|[^A-Za-z])(?:Latin|South|North|Northern|Southern|Central|Native|Pan|Anglo|New|African|Asian|Arab|European)[ \u00a0-]$/;

/**
 * A capitalised word right before a country's name, which may make it a known person's family
 * name: "Luis Montenegro" in a story on Portugal, "Jim Jordan" in one on Congress.
 */
const CAPITALISED_BEFORE = /(?:^|[^A-Za-z\u00C0-\u024F])([A-Z][A-Za-z\u00C0-\u024F]+)[ \u00a0]$/;

/** Whether a known person goes by a given name and a family name. */
export type PersonsName = (given: string, family: string) => boolean;

/**
 * The known people whose full names end with a country's name ("Luís Montenegro", "Jim
 * Jordan"), by their last two words: the story's "Montenegro" is then his.
 */
export function personsNamedLikeCountries(table: EntityTable, countries: Countries): PersonsName {
  const countryNames = new Set(Object.values(countries).flat().map(foldString));
  const names = new Set<string>();
  for (let p = 0; p < table.size; p++) {
    if (table.type(p) !== 'person') continue;
    const words = table.name(p).split(' ');
    const last = foldString(words[words.length - 1]);
    if (words.length >= 2 && countryNames.has(last)) names.add(`${foldString(words[words.length - 2])} ${last}`);
  }
  return (given, family) => names.has(`${foldString(given)} ${foldString(family)}`);
}

/**
 * How often a story names each country (by any of its names, or of its states, provinces and
 * nations, as whole words; its demonyms, half). "Minnesota" and "Louisiana" say a story is
 * the United States', as much as its name does. One pass of one
 * pattern over the text, made only on pages that meet an institution's shared name. A country's
 * name that starts a longer one ("Jordan Bardella"; the matcher's run rule, `nameGoesOn`) or
 * reads as a person's given name ("Jordan, un étudiant"; see `readsAsPerson`) names no country,
 * nor one the page gives as a known person's family name (see `CAPITALISED_BEFORE`).
 */
export function countryMentions(text: string, countries: Countries, demonyms: Countries = NO_DEMONYMS, regions: Countries = NO_REGIONS, personsName?: PersonsName): Map<string, number> {
  const { pattern, owner } = finderFor(countries, demonyms, regions);
  const counts = new Map<string, number>();
  // A name the page gives once as a family name ("Luis Montenegro") is his name alone too
  // ("Montenegro said"), wherever it stands: its mentions are counted apart and dropped.
  const familyNames = new Set<string>();
  const counted = new Map<string, number>();
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    const { weight } = owner.get(match[0])!;
    // A demonym heads a longer name as often as not, and still says its country ("the Philippine Senate").
    if (!isWholeName(text, match.index, end) || (weight === 1 && nameGoesOn([text], 1, 0, end)) || readsAsPerson(text, match.index, end)) continue;
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    if (NOT_THE_COUNTRY_BEFORE.test(before)) continue;
    const given = weight === 1 && personsName !== undefined ? CAPITALISED_BEFORE.exec(before)?.[1] : undefined;
    if (given !== undefined && personsName!(given, match[0])) familyNames.add(match[0]);
    counted.set(match[0], (counted.get(match[0]) ?? 0) + 1);
  }
  for (const [name, times] of counted) {
    if (familyNames.has(name)) continue;
    const { country, weight } = owner.get(name)!;
    counts.set(country, (counts.get(country) ?? 0) + times * weight);
  }
  return counts;
}

/** Mentions a country needs before it says what a story is about: one passing mention says little. */
const MIN_LEAD_MENTIONS = 2;

/** The country named at least twice and more often than any other; null when none leads. */
export function leader(counts: ReadonlyMap<string, number>): string | null {
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first !== undefined && first[1] >= MIN_LEAD_MENTIONS && first[1] > (second?.[1] ?? 0) ? first[0] : null;
}

/**
 * A country's name that is also another country's state ("Georgia") counts for that other
 * country where the story names two of its other states: "Georgia" beside "Florida" and
 * "Texas" is the U.S. state, and a governor's race there is no story about Tbilisi; one "Texas-based
 * firm" in a Tbilisi story is not enough. So it does where the story gives it a state's words
 * once ("the Georgia Republican firebrand", "Georgia's 14th District"; see `stateWordsAround`).
 * `states` gives each country's states, "|"-joined; `sayingStates` those whose names say their
 * country (see `saysItsCountry`).
 */
export function withStatesNamedLikeCountries(
  counts: Map<string, number>,
  states: Readonly<Record<string, string>>,
  sayingStates: Readonly<Record<string, readonly string[]>>,
  text: string,
): Map<string, number> {
  for (const [country, names] of Object.entries(states)) {
    for (const name of names.split('|')) {
      const count = counts.get(name);
      // A state's words once ("Gov. Brian Kemp of Georgia", "Georgia Democrats") say the state too.
      const cuedAsState = () => holdsName(text, name, (start, end) => stateWordsAround(text, start, end));
      if (count === undefined || name === country || (namedStates(sayingStates[country] ?? [], name, text) < 2 && !cuedAsState())) continue;
      counts.delete(name);
      counts.set(country, (counts.get(country) ?? 0) + count);
    }
  }
  return counts;
}

/** How many of `states` other than `except` the text names, as whole words. */
const namedStates = (states: readonly string[], except: string, text: string) => states.filter((state) => state !== except && holdsName(text, state)).length;
