import { soleCueFit, spanCues, type AliasEntry } from './alias-index';
import { creditAround, CREDIT_BITS } from './credit-cues';
import type { TextMatch } from './text-match';

/**
 * A weak short name of an agency or a platform that the words around it credit ("(AFP) —",
 * "told the AP", "a post on X"; see `credit-cues.ts`): it is put first, for the one entity of
 * that kind, with the others kept as alternatives, and marked `credited` for the page, whose
 * context still has the last word ("AFP" in a story on Australia's police).
 */
export function creditFits(match: TextMatch, bucket: readonly AliasEntry[], e: number, text: string, start: number): boolean {
  const kinds = spanCues(bucket, e) & CREDIT_BITS;
  if (kinds === 0) return false;
  const fits = creditAround(text, start, match.endOffset, kinds);
  // None credited, or two agencies of one name: the page decides.
  const credited = fits === 0 ? null : soleCueFit(bucket, e, fits);
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

/**
 * "AP Photo/Staff": a capitalised word after an agency's short name makes a run that the run
 * rule reads as a longer name ("AP Photo"), yet the words credit the agency. True when they do.
 */
export function creditsRun(bucket: readonly AliasEntry[], e: number, text: string, start: number, end: number): boolean {
  const kinds = spanCues(bucket, e) & CREDIT_BITS;
  return kinds !== 0 && creditAround(text, start, end, kinds) !== 0;
}
