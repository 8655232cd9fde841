import type { AliasIndex } from './alias-index';
import { hashOf } from './tokenize';

/**
 * Whether `word` opens a known person's name as a common given name (see
 * `AliasFlag.GivenFirst`): "Jimmy", "Michael", "Lara", not "Will" or "Yesterday". Asked only of
 * a capitalised word whose capital says nothing, right before a one-word match, so the bucket
 * read is rare (and needs no first-word bit test before it); a bucket the background holds is
 * here once the page's first scan has fetched it.
 */
export function opensPersonName(index: AliasIndex, word: string): boolean {
  const bucket = index.byFirstWord.get(hashOf(word));
  return bucket !== undefined && bucket.some((entry) => entry.givenFirst);
}
