import { type AliasEntry, sameWords, soleCueFit, spanCues } from './alias-index';
import { fitsFirstWord } from './case-fit';
import { nameGoesOn } from './context-rules';
import { cueBefore } from './cue-before';
import { HONORIFIC_BIT } from './cues';
import { creditFits } from './credit-fits';
import { partnerAround, PARTNER_BITS } from './partner-cues';
import { isPossessable } from './possessed-name';
import { StateCue, stateFits } from './state-cues';
import { standsThisYear } from './dated-names';
import type { TextMatch } from './text-match';
import type { Word } from './tokenize';

/**
 * Fills `match` (its end already set) from `entry`, which starts at `word` in part `p`, and
 * the entries after it in the bucket with the same words (a shared alias). The words around
 * the name may settle which entity it is: a state's ("the governor of New York"), a credit
 * ("(AFP) —"), a partner ("Parliament and the Council"), or a cue word before a weak alias
 * ("President Costa"), which makes it strong for the one entity whose offices fit the cue.
 * Otherwise the others stay as alternatives for the page. `count` is how many of `parts` the
 * block has.
 */
export function fillMatch(
  match: TextMatch,
  entry: AliasEntry,
  bucket: readonly AliasEntry[],
  e: number,
  parts: readonly string[],
  p: number,
  word: Readonly<Word>,
  count: number,
  /** Which events a dated name may stand for on this page (see `AliasIndex.datedFits`). */
  datedFits?: (entity: number) => boolean,
): void {
  match.entity = entry.entity;
  match.weak = entry.weak;
  const alternatives = match.alternatives;
  alternatives.length = 0;
  for (let f = e + 1; f < bucket.length && bucket[f].words.length === entry.words.length; f++) {
    const other = bucket[f];
    // Another entity's alias of the same words, if the page wrote it as that alias is written: "AP" is not Norway's "Ap".
    // In lower case after a possessive, every country's body of those words (see `possessed-name.ts`).
    const fits = match.possessed === true ? isPossessable(other) : fitsFirstWord(other, bucket, word);
    if (other.entity === entry.entity || !sameWords(other, entry) || !fits || alternatives.indexOf(other.entity) >= 0) continue;
    // Another year's event of the same name is no other reading on a page of this year.
    if (!standsThisYear(other, datedFits)) continue;
    // A state's name that needs a state's words is no other reading of the name without them,
    // unless it may qualify a town before it ("Buffalo, New York": the page's towns decide, see `TownQualifier`).
    if ((other.cues & StateCue.CueOnly) !== 0 && !afterComma(parts[p], word.start)) continue;
    alternatives.push(other.entity);
  }
  match.credited = false;
  match.stateCued = false;
  match.titled = false;
  if ((entry.cues & StateCue.Shared) !== 0 && match.endPart === p && stateFits(match, bucket, e, parts[p], word.start)) return;
  if (!entry.weak && alternatives.length === 0) return;
  if (match.endPart === p && creditFits(match, bucket, e, parts[p], word.start)) return;
  // "the European Parliament and the Council": the body named with its partner.
  const partners = spanCues(bucket, e) & PARTNER_BITS;
  let fitting = partners !== 0 && match.endPart === p ? soleCueFit(bucket, e, partnerAround(parts[p], word.start, match.endOffset, partners)) : null;
  const partnerFit = fitting !== null;
  let honorific = false;
  if (!fitting) {
    const cue = cueBefore(parts, p, word.start);
    // An honorific before a word and a name is a title's ("Mr Justice Johnson", a judge's): not this person.
    if (cue === 0 || (cue === HONORIFIC_BIT && nameGoesOn(parts, count, match.endPart, match.endOffset))) return;
    fitting = soleCueFit(bucket, e, cue); // none, or two people who fit the cue: still ambiguous
    honorific = cue === HONORIFIC_BIT;
  }
  if (!fitting) return;
  match.weak = false;
  if (honorific) {
    // "Mr Singh" makes the name a person's, yet fits every Singh: the knowledge's own "Singh"
    // (Manmohan Singh) unless the page names another in full (Pritam Singh), which the page's
    // store decides by the others kept here (see `chooseEntity`).
    const at = alternatives.indexOf(fitting.entity);
    if (at >= 0) alternatives[at] = match.entity;
  } else if (!partnerFit && entry.words.length === 1) {
    keepPeople(alternatives, bucket, e, fitting.entity);
    match.titled = alternatives.length > 0;
  } else alternatives.length = 0;
  match.entity = fitting.entity;
}

/**
 * After a title, a family name's other people stay as alternatives ("Chairman Jordan"), for the
 * page to give it the one it named in full (House Judiciary Chairman Jim Jordan, not the Swiss
 * central bank's chairman the cue alone fits); places and bodies go (not the country).
 */
function keepPeople(alternatives: number[], bucket: readonly AliasEntry[], e: number, fitting: number): void {
  alternatives.length = 0;
  const entry = bucket[e];
  for (let f = e; f < bucket.length && bucket[f].words.length === entry.words.length; f++) {
    const other = bucket[f];
    if (other.entity !== fitting && (other.cues & HONORIFIC_BIT) !== 0 && sameWords(other, entry) && alternatives.indexOf(other.entity) < 0) alternatives.push(other.entity);
  }
}

/** A comma and a space right before a name: where a town's state or region goes ("Buffalo, New York"). */
const afterComma = (text: string, start: number) => start >= 3 && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 44;
