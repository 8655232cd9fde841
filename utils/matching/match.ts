import type { AliasEntry, AliasIndex } from './alias-index';
import { CaseRule, FIRST_WORD_BITS } from './alias-index';
import { foldString } from './chars';
import { normaliseGap } from './gaps';
import { createWord, HAS_LOWER, nextWord, STARTS_UPPER, type Word } from './tokenize';

/** One mention found in a run of text parts (the text nodes of one block). */
export interface TextMatch {
  entity: number;
  weak: boolean;
  startPart: number;
  startOffset: number;
  endPart: number;
  endOffset: number;
}

/** Longer gaps than this between two words of a name are never a joiner ("D.C." has one character). */
const MAX_GAP_CHARS = 12;

const word = createWord();
const probe = createWord();

/**
 * Finds every alias in `parts` (consecutive text nodes of one block, read as one text),
 * leftmost and longest first, whole words only, with each alias word's case rule checked
 * against the page's own spelling. Words are hashed as they are read and dropped at once
 * unless they can start an alias: no per-word allocation.
 */
export function findMatches(parts: readonly string[], index: AliasIndex): TextMatch[] {
  const found: TextMatch[] = [];
  const { byFirstWord, firstWordBits } = index;
  const mask = FIRST_WORD_BITS - 1;
  let p = 0;
  let pos = 0;
  while (p < parts.length) {
    const text = parts[p];
    if (!nextWord(text, pos, word)) {
      p++;
      pos = 0;
      continue;
    }
    pos = word.end;
    const hash = word.hash;
    if ((firstWordBits[(hash & mask) >> 3] & (1 << (hash & 7))) === 0) continue;
    const bucket = byFirstWord.get(hash);
    if (!bucket) continue;
    for (const entry of bucket) {
      if (!verify(entry, parts, p, word)) continue;
      found.push({ entity: entry.entity, weak: entry.weak, startPart: p, startOffset: word.start, endPart: matchPart, endOffset: matchEnd });
      p = matchPart;
      pos = matchEnd;
      break;
    }
  }
  return found;
}

/** Where the last verified match ends (module state, to return two numbers without allocating). */
let matchPart = 0;
let matchEnd = 0;

function verify(entry: AliasEntry, parts: readonly string[], p: number, first: Word): boolean {
  if (!wordFits(entry, 0, parts[p], first)) return false;
  let part = p;
  let end = first.end;
  for (let k = 1; k < entry.words.length; k++) {
    let gap = '';
    let from = end;
    while (!nextWord(parts[part], from, probe)) {
      gap += parts[part].slice(from);
      if (++part >= parts.length || gap.length > MAX_GAP_CHARS) return false;
      from = 0;
    }
    gap += parts[part].slice(from, probe.start);
    if (gap.length > MAX_GAP_CHARS || probe.hash !== entry.hashes[k]) return false;
    if (!wordFits(entry, k, parts[part], probe)) return false;
    if (normaliseGap(gap) !== entry.gaps[k - 1]) return false;
    end = probe.end;
  }
  matchPart = part;
  matchEnd = end;
  return true;
}

/** The page word's case fits the alias word's rule, and its folded form is the same (hashes can collide). */
function wordFits(entry: AliasEntry, k: number, text: string, w: Word): boolean {
  const rule = entry.cases[k];
  const slice = text.slice(w.start, w.end);
  if (rule === CaseRule.Capital && (w.caps & STARTS_UPPER) === 0) return false;
  // Acronyms need every letter in capitals; digits ("G7") carry no case.
  if (rule === CaseRule.Acronym && ((w.caps & HAS_LOWER) !== 0 || slice === slice.toLowerCase())) return false;
  return foldString(slice) === entry.words[k];
}
