import type { CompiledAlias } from '../knowledge/types.ts';
import { charInfo, foldString, IS_LOWER, IS_UPPER, WORD } from './chars.ts';
import { normaliseGap } from './gaps.ts';
import { createWord, hashFolded, nextWord } from './tokenize.ts';

/** What case a page word must have to count as one word of an alias. */
export const CaseRule = {
  /** The alias word is lower case ("von", "der"): any case. */
  Any: 0,
  /** Capitalised like a name: the page word must start upper-case. */
  Capital: 1,
  /** An acronym (EU, NATO): the page word must be all capitals. */
  Acronym: 2,
} as const;
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

/** One alias ready to be matched: the hashes and folded words it is made of. */
export interface AliasEntry {
  entity: number;
  weak: boolean;
  hashes: readonly number[];
  words: readonly string[];
  /** Normalised gap before each word after the first. */
  gaps: readonly string[];
  cases: readonly number[];
  /** Position in the source list, so results stay stable. */
  order: number;
}

/** Alias entries by the hash of their first word, longest first. */
export interface AliasIndex {
  /** A Map, or buckets decoded on first use (the bundled knowledge, see `packed-index`). */
  byFirstWord: { get(hash: number): readonly AliasEntry[] | undefined };
  /** A bit per hash bucket: most page words start no alias, and a bit test is cheaper than a Map lookup. */
  firstWordBits: Uint8Array;
  aliasCount: number;
}

/** Size of the first-word filter: 2^18 bits (32 KB) keeps false hits under 10% at 20,000 aliases. */
export const FIRST_WORD_BITS = 1 << 18;

/** Splits an alias into its words and the gaps between them, with the page's own word reader. */
export function splitAlias(text: string): { words: string[]; gaps: string[] } {
  const words: string[] = [];
  const gaps: string[] = [];
  const word = createWord();
  let last = -1;
  for (let pos = 0; nextWord(text, pos, word); pos = word.end) {
    if (last >= 0) gaps.push(normaliseGap(text.slice(last, word.start)));
    words.push(text.slice(word.start, word.end));
    last = word.end;
  }
  return { words, gaps };
}

function caseRuleOf(word: string): CaseRule {
  let upper = 0;
  let lower = 0;
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const bits = charInfo(word.charCodeAt(i));
    if ((bits & 3) !== WORD) continue;
    letters++;
    if (bits & IS_UPPER) upper++;
    if (bits & IS_LOWER) lower++;
  }
  const first = charInfo(word.charCodeAt(0));
  if (letters >= 2 && lower === 0 && upper >= 2) return CaseRule.Acronym;
  return first & IS_UPPER ? CaseRule.Capital : CaseRule.Any;
}

/** One alias ready to match, or null when it has no words. `order` keeps results stable. */
export function prepareAlias(text: string, entity: number, weak: boolean, order: number): AliasEntry | null {
  const { words, gaps } = splitAlias(text);
  if (words.length === 0) return null;
  const folded = words.map(foldString);
  return { entity, weak, hashes: folded.map(hashFolded), words: folded, gaps, cases: words.map(caseRuleOf), order };
}

/**
 * Turns aliases into entries ready to match: words, hashes, gaps and case rules, each
 * (entity, text) pair once.
 */
export function prepareAliases(aliases: readonly CompiledAlias[], firstOrder = 0): AliasEntry[] {
  const seen = new Set<string>();
  const entries: AliasEntry[] = [];
  aliases.forEach(([text, entity, weak], i) => {
    const key = `${entity}\u0000${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    const entry = prepareAlias(text, entity, weak === 1, firstOrder + i);
    if (entry) entries.push(entry);
  });
  return entries;
}

/** Bucket order: longest first, and at equal length strong before weak, so the first hit is the best. */
export const compareEntries = (a: AliasEntry, b: AliasEntry): number =>
  b.words.length - a.words.length || Number(a.weak) - Number(b.weak) || a.order - b.order;

/** Sets a hash's bit in the first-word filter. */
export function setFirstWordBit(bits: Uint8Array, hash: number): void {
  bits[(hash & (FIRST_WORD_BITS - 1)) >> 3] |= 1 << (hash & 7);
}

/** The lookup the matcher scans with, from prepared entries. Cost grows with the number of aliases only. */
export function indexAliases(entries: readonly AliasEntry[]): AliasIndex {
  const byFirstWord = groupByFirstWord(entries);
  const firstWordBits = new Uint8Array(FIRST_WORD_BITS >> 3);
  for (const hash of byFirstWord.keys()) setFirstWordBit(firstWordBits, hash);
  return { byFirstWord, firstWordBits, aliasCount: entries.length };
}

/** Entries by the hash of their first word, each bucket in match order. */
export function groupByFirstWord(entries: readonly AliasEntry[]): Map<number, AliasEntry[]> {
  const byFirstWord = new Map<number, AliasEntry[]>();
  for (const entry of entries) {
    const bucket = byFirstWord.get(entry.hashes[0]);
    if (bucket) bucket.push(entry);
    else byFirstWord.set(entry.hashes[0], [entry]);
  }
  for (const bucket of byFirstWord.values()) if (bucket.length > 1) bucket.sort(compareEntries);
  return byFirstWord;
}

/** Prepares and indexes in one step. */
export function buildAliasIndex(aliases: readonly CompiledAlias[]): AliasIndex {
  return indexAliases(prepareAliases(aliases));
}
