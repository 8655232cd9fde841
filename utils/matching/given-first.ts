import type { AliasIndex } from './alias-index';
import { FIRST_WORD_BITS } from './alias-index';
import { hashOf } from './tokenize';

const MASK = FIRST_WORD_BITS - 1;

/**
 * Whether `word` opens a known person's name as a common given name (see
 * `AliasFlag.GivenFirst`): "Jimmy", "Michael", "Lara", not "Will" or "Yesterday". Asked only of
 * a word that opens a sentence right before a one-word match, so the bucket read is rare; a
 * bucket the background holds is here once the page's first scan has fetched it.
 */
export function opensPersonName(index: AliasIndex, word: string): boolean {
  const hash = hashOf(word);
  if ((index.firstWordBits[(hash & MASK) >> 3] & (1 << (hash & 7))) === 0) return false;
  const bucket = index.byFirstWord.get(hash);
  if (!bucket) return false;
  for (let e = 0; e < bucket.length; e++) if (bucket[e].givenFirst) return true;
  return false;
}
