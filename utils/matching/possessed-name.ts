import type { AliasEntry } from './alias-index.ts';
import { LETTER, UPPER } from './letter-classes.ts';
import { STARTS_UPPER, type Word } from './tokenize.ts';

/**
 * A body's name that many countries share ("Air Force", "Defence Ministry", "Parliament"),
 * which news writes in lower case after the country's possessive: "Ukraine's air force said",
 * "Hungary's parliament". Such names are weak (see `isGenericInstitution`); the matcher reads
 * a weak name in lower case there only, and the page gives it to the possessor's own body or
 * to no one (see `countrysOwn`): "Britain's reform" is not Reform UK, which is no country's
 * body. The page tells, not a flag of the build's: a flag's high bit cost every such name nine
 * digits in each page's script, and the rule's list of names 1.3 KB.
 */
export const isPossessable = (entry: Readonly<AliasEntry>): boolean => entry.weak;

/** A capitalised word's possessive right before: "Ukraine's ", "the UK’s ". */
const POSSESSIVE_BEFORE = new RegExp(String.raw`[${UPPER}][${LETTER}.-]*['’]s[ \u00a0]$`);

/** How far back the possessive is looked for: "Ukraine's " and a long country's name. */
const READ_BEFORE = 40;

/** Whether the page wrote a possessable name's first word in lower case after a capitalised possessive. */
export function possessedInLowerCase(entry: Readonly<AliasEntry>, text: string, word: Readonly<Word>): boolean {
  // The "s" and the apostrophe first: every lower-case word that opens a name ("new", "state") asks.
  const at = word.start;
  const apostrophe = text.charCodeAt(at - 3);
  if ((word.caps & STARTS_UPPER) !== 0 || text.charCodeAt(at - 2) !== 115 || (apostrophe !== 39 && apostrophe !== 0x2019)) return false;
  return POSSESSIVE_BEFORE.test(text.slice(Math.max(0, at - READ_BEFORE), at)) && isPossessable(entry);
}

/**
 * Whether word `k` of an alias comes after the possessive that opens it ("Russia's Defence
 * Ministry", as the build names a country's body; see `withGenericShortNames`): news writes
 * those words in lower case ("Russia's defence ministry"), and the possessive says whose.
 */
export const afterPossessive = (entry: Readonly<AliasEntry>, k: number): boolean => k >= 2 && entry.words[1] === 's' && entry.gaps[0] === "'";
