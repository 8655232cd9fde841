import { nameGoesOn } from '@/utils/matching/context-rules';
import { isWholeName } from '@/utils/matching/name-edges';
import { readsAsPerson } from '@/utils/matching/person-context';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Countries = Readonly<Record<string, readonly string[]>>;

/** One pattern for every country name, and whose name each is: built once per country list, not per page read. */
const finders = new WeakMap<Countries, { pattern: RegExp; owner: Map<string, string> }>();

function finderFor(countries: Countries): { pattern: RegExp; owner: Map<string, string> } {
  let finder = finders.get(countries);
  if (finder) return finder;
  const owner = new Map<string, string>();
  for (const [country, names] of Object.entries(countries)) for (const name of names) owner.set(name, country);
  // Longest first, so "United States of America" is one mention, not "United States" and more.
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // An empty list matches nothing ((?!) never matches). Whole words are checked after the match (`isWholeName`).
  const pattern = new RegExp(alternatives || '(?!)', 'gu');
  finder = { pattern, owner };
  finders.set(countries, finder);
  return finder;
}

/**
 * A word before a country's name or demonym that makes it another place or people: "Latin
 * American", "South American", "New Mexico", "Northern Ireland", "African American". (A longer
 * country's own name, "South Africa", "North Korea", is matched whole first.)
 */
const NOT_THE_COUNTRY_BEFORE = /(?:^|[^A-Za-z])(?:Latin|South|North|Northern|Southern|Central|Native|Pan|Anglo|New|African|Asian|Arab|European)[ \u00a0-]$/;

/**
 * How often a story names each country (by any of its names, as whole words). One pass of one
 * pattern over the text, made only on pages that meet an institution's shared name. A country's
 * name that starts a longer one ("Jordan Bardella"; the matcher's run rule, `nameGoesOn`) or
 * reads as a person's given name ("Jordan, un étudiant"; see `readsAsPerson`) names no country.
 */
export function countryMentions(text: string, countries: Countries): Map<string, number> {
  const { pattern, owner } = finderFor(countries);
  const counts = new Map<string, number>();
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    if (!isWholeName(text, match.index, end) || nameGoesOn([text], 1, 0, end) || readsAsPerson(text, match.index, end)) continue;
    if (NOT_THE_COUNTRY_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const country = owner.get(match[0])!;
    counts.set(country, (counts.get(country) ?? 0) + 1);
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

/** Each country's names and its demonyms in one list, as `countryMentions` reads them. */
export function withDemonyms(countries: Countries, demonyms: Countries): Countries {
  return Object.fromEntries(Object.entries(countries).map(([country, names]) => [country, [...names, ...(demonyms[country] ?? [])]]));
}
