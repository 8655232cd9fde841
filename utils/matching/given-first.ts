import type { AliasIndex } from './alias-index';
import { wordBefore } from './neighbours';
import { joinsRun } from './run-words';
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

/**
 * Whether a one-word match closes a person's name right before it: "Richardson" in "Mark
 * Richardson said", where "Mark" opens a known person's name (see `opensPersonName`). The page
 * notes such a word (see `TextMatch.afterNameRun`): a later "Richardson said" is that person
 * again, not the town in Texas that shares the surname. Asked only of a match the run rule has
 * already dropped, so it costs nothing on the common path.
 */
export function closesPersonName(index: AliasIndex, parts: readonly string[], startPart: number, startOffset: number): boolean {
  const before = wordBefore(parts, startPart, startOffset);
  return joinsRun(before) && opensPersonName(index, before!.text);
}
