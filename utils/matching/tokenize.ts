import { ASCII_FOLD, charInfo, foldCode, foldTail, IS_LOWER, IS_UPPER, SEPARATOR, WORD } from './chars.ts';

/** Word case bits, and whether the word starts with a digit ("2026", "14th"): events go by their year. */
export const STARTS_UPPER = 1;
export const HAS_LOWER = 2;
export const STARTS_DIGIT = 4;

/** One word of page text: where it lies, the hash of its folded form, its case, and whether it starts with a digit. Reused, never allocated per word. */
export interface Word {
  start: number;
  end: number;
  hash: number;
  caps: number;
}

export const createWord = (): Word => ({ start: 0, end: 0, hash: 0, caps: 0 });

/**
 * Word hashes are polynomial over 21 bits, so that `hash * HASH_MULTIPLIER + code` stays under
 * 2^30: every step is a small integer, never a boxed number, even while the page's first scan
 * still runs in the interpreter (a 32-bit hash boxed a number per character there, and per
 * word in the word record). A mask, not a modulo, keeps the per-character step to a multiply,
 * an add and an and; the alias index checks every hit against the folded word anyway.
 */
const HASH_MASK = (1 << 21) - 1;
const HASH_MULTIPLIER = 131;

/** One folded code unit into the hash (the ASCII loops in `nextWord` write it out in place). */
function mix(hash: number, code: number): number {
  return (hash * HASH_MULTIPLIER + code) & HASH_MASK;
}

/**
 * Reads the next word of `text` at or after `from` into `word`; false when there is none.
 * A word is a run of letters and digits; combining marks and soft hyphens inside it are
 * skipped; everything else separates, so possessives ("Orbán’s"), hyphenated pairs and
 * dashes all split where readers expect.
 * The ASCII loops read `ASCII_FOLD` and write `mix` out in place: no call per character.
 */
export function nextWord(text: string, from: number, word: Word): boolean {
  const n = text.length;
  let i = from;
  let code = 0;
  let bits = 0;
  // Skip separators; ASCII ones without the Unicode table.
  for (; i < n; i++) {
    code = text.charCodeAt(i);
    if (code < 128) {
      if (ASCII_FOLD[code] !== 0) break;
      continue;
    }
    bits = charInfo(code);
    if ((bits & 3) === WORD) break;
  }
  if (i >= n) return false;
  const start = i;
  let hash = 0;
  let caps = 0;
  let lower = 0;
  if (code < 128) {
    if (code >= 65 && code <= 90) caps = STARTS_UPPER;
    else if (code >= 48 && code <= 57) caps = STARTS_DIGIT;
  } else if (bits & IS_UPPER) caps = STARTS_UPPER;
  // Plain ASCII letters and digits, the bulk of English text: folded by the table.
  let fold = code < 128 ? ASCII_FOLD[code] : 0;
  while (fold !== 0) {
    hash = (hash * HASH_MULTIPLIER + fold) & HASH_MASK;
    if (code >= 97) lower = HAS_LOWER;
    if (++i >= n) break;
    code = text.charCodeAt(i);
    fold = code < 128 ? ASCII_FOLD[code] : 0;
  }
  if (i < n && code >= 128) {
    for (;;) {
      bits = charInfo(code);
      const cls = bits & 3;
      if (cls === SEPARATOR) break;
      if (cls === WORD) {
        hash = mix(hash, foldCode(code));
        if (code >= 128) {
          const tail = foldTail(code);
          if (tail) hash = mix(hash, tail);
        }
        if (bits & IS_LOWER) lower = HAS_LOWER;
      }
      if (++i >= n) break;
      code = text.charCodeAt(i);
      if (code < 128 && ASCII_FOLD[code] === 0) break;
    }
  }
  word.start = start;
  word.end = i;
  word.hash = hash;
  word.caps = caps | lower;
  return true;
}

const scratch = createWord();

/** The hash a page gives this (already folded) word. */
export function hashOf(folded: string): number {
  return nextWord(folded, 0, scratch) ? scratch.hash : 0;
}
