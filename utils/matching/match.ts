import type { AliasEntry, AliasIndex } from './alias-index';
import { CaseRule, FIRST_WORD_BITS } from './alias-index';
import { foldString } from './chars';
import { normaliseGap } from './gaps';
import { HAS_LOWER, STARTS_UPPER, TokenBuffer, tokenize } from './tokenize';

/** One mention found in a run of text parts (the text nodes of one block). */
export interface TextMatch {
  entity: number;
  weak: boolean;
  startPart: number;
  startOffset: number;
  endPart: number;
  endOffset: number;
}

const shared = new TokenBuffer();

/**
 * Finds every alias in `parts` (consecutive text nodes of one block, read as one text),
 * leftmost and longest first, whole words only, with each alias word's case rule checked
 * against the page's own spelling.
 */
export function findMatches(parts: readonly string[], index: AliasIndex, tokens = shared): TextMatch[] {
  tokens.reset();
  for (let p = 0; p < parts.length; p++) tokenize(parts[p], p, tokens);
  const found: TextMatch[] = [];
  const n = tokens.length;
  const { byFirstWord, firstWordBits } = index;
  const mask = FIRST_WORD_BITS - 1;
  const hashes = tokens.hash;
  for (let i = 0; i < n; i++) {
    const hash = hashes[i];
    if ((firstWordBits[(hash & mask) >> 3] & (1 << (hash & 7))) === 0) continue;
    const bucket = byFirstWord.get(hash);
    if (!bucket) continue;
    const entry = bucket.find((candidate) => matchesAt(candidate, i, parts, tokens));
    if (!entry) continue;
    const last = i + entry.words.length - 1;
    found.push({
      entity: entry.entity,
      weak: entry.weak,
      startPart: tokens.part[i],
      startOffset: tokens.start[i],
      endPart: tokens.part[last],
      endOffset: tokens.end[last],
    });
    i = last;
  }
  return found;
}

function matchesAt(entry: AliasEntry, i: number, parts: readonly string[], tokens: TokenBuffer): boolean {
  const len = entry.words.length;
  if (i + len > tokens.length) return false;
  for (let k = 1; k < len; k++) if (tokens.hash[i + k] !== entry.hashes[k]) return false;
  for (let k = 0; k < len; k++) {
    if (!caseFits(entry.cases[k], tokens.caps[i + k], parts, tokens, i + k)) return false;
    // Hashes can collide; the folded words settle it.
    if (wordAt(parts, tokens, i + k) !== entry.words[k]) return false;
    if (k > 0 && normaliseGap(gapBefore(parts, tokens, i + k)) !== entry.gaps[k - 1]) return false;
  }
  return true;
}

function caseFits(rule: number, caps: number, parts: readonly string[], tokens: TokenBuffer, t: number): boolean {
  if (rule === CaseRule.Any) return true;
  if (rule === CaseRule.Capital) return (caps & STARTS_UPPER) !== 0;
  // Acronyms need every letter in capitals; digits ("G7") carry no case.
  if (caps & HAS_LOWER) return false;
  const word = parts[tokens.part[t]].slice(tokens.start[t], tokens.end[t]);
  return word !== word.toLowerCase();
}

function wordAt(parts: readonly string[], tokens: TokenBuffer, t: number): string {
  return foldString(parts[tokens.part[t]].slice(tokens.start[t], tokens.end[t]));
}

/** The text between word t-1 and word t, which may span text nodes. */
function gapBefore(parts: readonly string[], tokens: TokenBuffer, t: number): string {
  const fromPart = tokens.part[t - 1];
  const toPart = tokens.part[t];
  if (fromPart === toPart) return parts[fromPart].slice(tokens.end[t - 1], tokens.start[t]);
  let gap = parts[fromPart].slice(tokens.end[t - 1]);
  for (let p = fromPart + 1; p < toPart; p++) gap += parts[p];
  return gap + parts[toPart].slice(0, tokens.start[t]);
}
