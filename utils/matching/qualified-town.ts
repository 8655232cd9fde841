import { LETTER, LOWER } from './letter-classes.ts';
/**
 * "Moscow, Idaho", "Athens, Georgia", "London, Ontario": a town's name followed by a state or a
 * country it is not in names another town, which the knowledge lacks. News writes a town this
 * way far more often than it lists a town and then a country, so the name after the comma is
 * read as the town's own state or country where nothing says it is a list. A country's name
 * followed so by a state ("Lebanon, Pennsylvania", "Mexico, Mo.") is a town of that name too.
 */

/** How the name after the comma qualifies the town: a state (read loosely) or a country (read strictly). */
export interface Qualifier {
  /** The countries it may put the town in ("Georgia": Georgia and the United States), the country named so first. */
  countries: readonly string[];
  /** Whether the first of those is a country named so: lists of countries are common ("Moscow, Georgia and Armenia"). */
  isCountry: boolean;
}

const WORD = new RegExp(String.raw`^[${LETTER}][${LETTER}.'’-]*`);
/** Longest qualifier tried, in words ("Bosnia and Herzegovina", "Newfoundland and Labrador"). */
const MAX_WORDS = 4;
const POSSESSIVE = /^['’]s\b/;
/** A list that goes on with more of its kind: "classified as terrorist by Ankara, Washington and other allies" names two capitals. */
const LIST_GOES_ON = /^,?\s+and\s+(?:other|others|its|their|allied)\b/;
/** What may follow a country that qualifies a town: the sentence goes on, or it ends. */
const ENDS_QUALIFIER = new RegExp(String.raw`^(?:$|[.;:!?)\]"”’]|\s*[—–]|,\s+(?!(?:and|or)\b)[${LOWER}])`);

/**
 * The qualifier right after a town's name that ends at `end` (", Idaho"), or null where there is
 * none or the names read as a list: "Brussels, Ukraine and Poland", "Kyiv, Moscow, Ukraine",
 * "Washington, Ukraine's ally". A state is taken whatever follows it (a list of foreign towns
 * and American states is rare), unless the list says it goes on ("Ankara, Washington and other
 * allies"); a country only where the sentence goes on or ends after it.
 * `strict` reads a state as strictly, for a name that is a country's: lists of countries and
 * states are common ("from Mexico, Texas and Arizona").
 */
export function qualifierAfter(
  text: string,
  start: number,
  end: number,
  qualifierOf: (name: string) => Qualifier | undefined,
  strict = false,
): Qualifier | null {
  if (!text.startsWith(', ', end)) return null;
  const words: number[] = [];
  let at = end + 2;
  while (words.length < MAX_WORDS) {
    const word = WORD.exec(text.slice(at, at + 40));
    if (!word) break;
    words.push(at + word[0].length);
    if (text[at + word[0].length] !== ' ') break;
    at += word[0].length + 1;
  }
  for (let n = words.length; n > 0; n--) {
    // The word may carry a full stop or a possessive: "Idaho." is Idaho, "Ukraine's" is Ukraine (and then no qualifier).
    for (const nameEnd of trimmedEnds(text, words[n - 1])) {
      const qualifier = qualifierOf(text.slice(end + 2, nameEnd));
      if (qualifier === undefined) continue;
      const rest = text.slice(nameEnd);
      if (POSSESSIVE.test(rest)) return null;
      if (!qualifier.isCountry && !strict) return LIST_GOES_ON.test(rest) ? null : qualifier;
      const inList = /,\s*$/.test(text.slice(0, start));
      return !inList && ENDS_QUALIFIER.test(rest) ? qualifier : null;
    }
  }
  return null;
}

/** Where a word read with `WORD` may end as a name: as read, before a full stop, before a possessive. */
function trimmedEnds(text: string, end: number): number[] {
  const ends = [end];
  if (text[end - 1] === '.') ends.push(end - 1);
  if (/['’]s$/.test(text.slice(end - 2, end))) ends.push(end - 2);
  return ends;
}

/**
 * Which of the entities a town's name may mean is in one of the qualifier's countries: that one;
 * null when every one of them is a town elsewhere (another town of that name is meant); undefined
 * when one of them is not a town the knowledge places, which the qualifier says nothing about.
 */
export function qualifiedTown(candidates: readonly number[], countryOf: (entity: number) => string | undefined, qualifier: Qualifier): number | null | undefined {
  let located = true;
  for (const candidate of candidates) {
    const country = countryOf(candidate);
    if (country === undefined) located = false;
    else if (qualifier.countries.includes(country)) return candidate;
  }
  return located ? null : undefined;
}

/**
 * Which reading of the qualifier the town before it gives, for the qualifier's own mark: a
 * state is the state, even under a weak name ("Alexandria, Virginia"); a country is the country;
 * a name both a country and a state have ("Georgia") is the country where the town is there
 * ("Tbilisi, Georgia"), and the state where the town is in the state's country or is one the
 * knowledge places elsewhere ("Athens, Georgia": it has every Georgian town, no American Athens).
 */
export function qualifierReading(qualifier: Qualifier, town: string | null): 'country' | 'region' {
  if (!qualifier.isCountry) return 'region';
  if (qualifier.countries.length < 2) return 'country';
  return town === qualifier.countries[0] ? 'country' : 'region';
}
