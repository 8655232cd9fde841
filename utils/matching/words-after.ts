import { normaliseGap } from './gaps';
import { afterQuotedNickname } from './quoted-nickname';
import { createWord, nextWord, STARTS_UPPER, type Word } from './tokenize';

/** Longer gaps than this between two words of a name are never a joiner ("D.C." has one character). */
const MAX_GAP_CHARS = 12;

/** The bucket's first word, and how many of the run's parts are read (the caller's buffer may be longer). */
let first: Word = createWord();
let partCount = 0;

/**
 * The words after a bucket's first word, read as entries ask for them: `after[k]` is the
 * k-th word after it, in part `afterPart[k]`, with `afterGap[k]` (or null) the text between.
 * Entries of one bucket mostly fail on the second word's hash, so a miss costs no string.
 */
export const after: Word[] = [];
export const afterPart: number[] = [];
const afterGap: (string | null)[] = [];
let afterRead = 0;
/** Set once no further word can join (end of the run, or a gap too long to be a joiner). */
let afterEnded = false;

export function startBucket(p: number, firstWord: Word, count: number): void {
  first = firstWord;
  partCount = count;
  afterRead = 0;
  afterEnded = false;
  afterPart[0] = p;
}

/** Reads the k-th word after the first (k ≥ 1) if not read yet; false when there is none. */
export function readAfter(parts: readonly string[], k: number): boolean {
  while (afterRead < k) {
    if (afterEnded) return false;
    const prev = afterRead === 0 ? first : after[afterRead - 1];
    let part = afterPart[afterRead];
    let from = prev.end;
    let gapLength = 0;
    const next = (after[afterRead] ??= createWord());
    while (!nextWord(parts[part], from, next)) {
      gapLength += parts[part].length - from;
      if (++part >= partCount || gapLength > MAX_GAP_CHARS) {
        afterEnded = true;
        return false;
      }
      from = 0;
    }
    gapLength += next.start - from;
    if (gapLength > MAX_GAP_CHARS) {
      afterEnded = true;
      return false;
    }
    afterRead++;
    afterPart[afterRead] = part;
    afterGap[afterRead] = null;
    // Jorge "Tuto" Quiroga: the quoted nickname reads as the space between the names.
    if ((prev.caps & STARTS_UPPER) !== 0 && (next.caps & STARTS_UPPER) !== 0) {
      const resume = afterQuotedNickname(parts[part], next.start, next.end);
      if (resume >= 0 && nextWord(parts[part], resume, next)) afterGap[afterRead] = '';
    }
  }
  return true;
}

/** The normalised text between word k-1 and word k (read on demand: only a near-match needs it). */
export function gapBefore(parts: readonly string[], k: number): string {
  const cached = afterGap[k];
  if (cached !== null) return cached;
  const prev = k === 1 ? first : after[k - 2];
  const start = afterPart[k - 1];
  const end = afterPart[k];
  const next = after[k - 1];
  let gap = start === end ? parts[start].slice(prev.end, next.start) : parts[start].slice(prev.end);
  for (let part = start + 1; part < end; part++) gap += parts[part];
  if (start !== end) gap += parts[end].slice(0, next.start);
  return (afterGap[k] = normaliseGap(gap));
}
