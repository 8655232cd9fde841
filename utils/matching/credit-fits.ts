import { sameWords, type AliasEntry } from './alias-index';
import { creditAround, CREDIT_BITS } from './credit-cues';
import type { TextMatch } from './text-match';

/**
 * A weak short name of an agency or a platform that the words around it credit ("(AFP) —",
 * "told the AP", "a post on X"; see `credit-cues.ts`): it is put first, for the one entity of
 * that kind, with the others kept as alternatives, and marked `credited` for the page, whose
 * context still has the last word ("AFP" in a story on Australia's police).
 */
export function creditFits(match: TextMatch, entry: AliasEntry, bucket: readonly AliasEntry[], e: number, text: string, start: number): boolean {
  let kinds = 0;
  for (let f = e; f < bucket.length && bucket[f].words.length === entry.words.length; f++) if (bucket[f].weak && (f === e || sameWords(bucket[f], entry))) kinds |= bucket[f].cues & CREDIT_BITS;
  if (kinds === 0) return false;
  const fits = creditAround(text, start, match.endOffset, kinds);
  if (fits === 0) return false;
  let credited: AliasEntry | null = null;
  for (let f = e; f < bucket.length && bucket[f].words.length === entry.words.length; f++) {
    const candidate = bucket[f];
    if (!candidate.weak || (candidate.cues & fits) === 0 || (f !== e && !sameWords(candidate, entry))) continue;
    if (credited && credited.entity !== candidate.entity) return false; // two agencies of one name: the page decides
    credited = candidate;
  }
  if (!credited) return false;
  if (credited.entity !== match.entity) {
    // Only an alternative the page's spelling fits ("AP" is not Norway's "Ap").
    const at = match.alternatives.indexOf(credited.entity);
    if (at < 0) return false;
    match.alternatives.splice(at, 1);
    match.alternatives.push(match.entity);
    match.entity = credited.entity;
  }
  match.credited = true;
  return true;
}
