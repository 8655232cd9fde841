import type { AliasEntry } from './alias-index';
import { CaseRule } from './alias-index';
import { HAS_LOWER, STARTS_UPPER, type Word } from './tokenize';
import { LETTER } from './letter-classes';

/** The page word's case fits the alias word's rule (acronyms are checked in full by `acronymsFit`). */
export function caseFits(rule: number, w: Word): boolean {
  if (rule === CaseRule.Capital) return (w.caps & STARTS_UPPER) !== 0;
  // Mixed case, as the alias is; its inner capitals are checked by `innerCapitalsFit`.
  if (rule === CaseRule.InnerCapital) return (w.caps & STARTS_UPPER) !== 0;
  if (rule === CaseRule.Acronym) return (w.caps & HAS_LOWER) === 0;
  return true;
}

const TWO_LETTERS = new RegExp(String.raw`^[${LETTER}][${LETTER}]$`);

/**
 * A two-letter name written with one capital ("Ap", Norway's Labour; "Xi") in capitals on the
 * page: "AP" is an acronym, another name's (the news agency's), not this one shouted.
 */
const isShortNameInCapitals = (entry: AliasEntry, w: Word) =>
  entry.words.length === 1 && entry.cases[0] === CaseRule.Capital && w.end - w.start === 2 && (w.caps & HAS_LOWER) === 0 && TWO_LETTERS.test(entry.words[0]);

/**
 * A one-word name in capitals on the page ("IMO") where the bucket holds an acronym of the same
 * letters (the International Maritime Organization's): the acronym's, whichever entry sorts
 * first; "Imo" (the Nigerian state) is read only where the page writes it so.
 */
function yieldsToAcronym(entry: AliasEntry, bucket: readonly AliasEntry[], w: Word): boolean {
  if (entry.words.length !== 1 || entry.cases[0] === CaseRule.Acronym || (w.caps & HAS_LOWER) !== 0) return false;
  for (let i = 0; i < bucket.length; i++) {
    const other = bucket[i];
    if (other.words.length === 1 && other.cases[0] === CaseRule.Acronym && other.words[0] === entry.words[0]) return true;
  }
  return false;
}

/**
 * Whether an entry's first word reads as the page wrote it: its case fits, and the page's
 * capitals make it no other name's acronym. The one test for a match and for its alternatives
 * alike: "AP" is neither Norway's "Ap" nor a rival to the agency, "SNAP" neither Snap Inc.
 */
export function fitsFirstWord(entry: AliasEntry, bucket: readonly AliasEntry[], w: Word): boolean {
  return caseFits(entry.cases[0], w) && !isShortNameInCapitals(entry, w) && !yieldsToAcronym(entry, bucket, w);
}

/**
 * A kind's words that end a name and that news writes in lower case, as the FT, the Guardian
 * and Reuters do: a party ("Norway's populist Progress party", "the Centre party"), a treaty
 * ("the Lisbon treaty"), a prison ("La Santé prison"), a parliament ("the Greek parliament"), a
 * government ("the Welsh government", as BBC Wales writes it), a police force ("Greater Manchester
 * police"), a framework ("the Windsor framework"), a news agency ("the Fars news agency",
 * "the state-run Tasnim news agency"), an airport ("Copenhagen airport"), a palace ("the Elysee
 * palace"), a summit ("the Euro summit"), a station ("the Dnipro hydroelectric station" does not
 * fit: only the last word may be small). The capitalised words before them say which one it is, as
 * they do with capitals. Not "accords" or "agreement": a city's name before them is often a
 * description ("the Washington accords" between Armenia and Azerbaijan are not the Washington
 * Accords of Congo and Rwanda).
 */
const SMALL_KIND_TAILS: readonly (readonly string[])[] = [['party'], ['treaty'], ['prison'], ['parliament'], ['government'], ['police'], ['framework'], ['news', 'agency'], ['airport'], ['palace'], ['summit'], ['station']];

/** Whether word `k` of `entry` is one of a small kind's words that end it, after a name of its own. */
export const kindInLowerCase = (entry: Readonly<AliasEntry>, k: number): boolean => {
  const { words } = entry;
  return SMALL_KIND_TAILS.some((tail) => {
    const first = words.length - tail.length;
    return k >= first && first > 0 && tail.every((word, i) => words[first + i] === word);
  });
};
