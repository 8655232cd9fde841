import { foldString } from '../matching/chars.ts';
import { givenNameVariants } from './given-name-variants.ts';
import type { Entity, EntityType } from './types.ts';

/**
 * A name as the look-up compares it: folded (no case, no diacritics), its words separated by
 * single spaces ("Kosiniak-Kamysz" → "kosiniak kamysz"), so a word's start is the string's
 * start or follows a space.
 */
export const searchKey = (text: string): string =>
  foldString(text)
    .split(/[\s\-‐–'’.,()]+/)
    .filter(Boolean)
    .join(' ');

/**
 * One entity as the look-up's data: `id \t type \t name \t keys (|-separated)`, its keys
 * made at build time (see `searchKey`), the display name's first. They include the other
 * spellings of given names ("Sergey" for "Sergei"), so a reader finds a name however it was
 * transliterated.
 */
export function entityLine(entity: Pick<Entity, 'id' | 'type' | 'name' | 'aliases'>): string {
  const texts = entity.aliases.map((a) => (typeof a === 'string' ? a : a.text));
  const keys = new Set([entity.name, ...texts, ...[entity.name, ...texts].flatMap(givenNameVariants)].map(searchKey));
  return [entity.id, entity.type, entity.name, [...keys].join('|')].join('\t').replace(/\n/g, ' ');
}

/** One entity as the look-up knows it. */
interface Entry {
  id: string;
  type: EntityType;
  name: string;
  /** Every name as a `searchKey`: the display name first. */
  keys: string[];
}

export interface SearchHit {
  id: string;
  type: EntityType;
  name: string;
}

export interface SearchIndex {
  entries: Entry[];
  /**
   * Entries by the first two letters of each word of their keys, in knowledge order. Every
   * fit needs the query's first word to start a word of a key, so a keystroke scores one
   * bucket (a few thousand entries at most) instead of all 30,000: the whole scan cost up to
   * 40 ms a keystroke in the popup.
   */
  byWordStart: Map<string, number[]>;
}

/** The bucket a word (or a query's first word) falls in: its first two letters. */
const wordStart = (word: string) => word.slice(0, 2);

function bucketByWordStart(entries: Entry[]): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  // Entries come in order, so an entry already in a bucket is its last: no set per entry (this
  // runs over every key of 30,000 entries as the popup opens).
  const add = (start: string, order: number) => {
    const bucket = buckets.get(start);
    if (bucket === undefined) buckets.set(start, [order]);
    else if (bucket[bucket.length - 1] !== order) bucket.push(order);
  };
  entries.forEach((entry, order) => {
    for (const key of entry.keys) {
      add(wordStart(key), order);
      for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) add(key.slice(space + 1, space + 3), order);
    }
  });
  return buckets;
}

/** Builds the look-up from `searchLines` text (and packs' entities, made the same way): a split, no folding. */
export function buildSearchIndex(text: string): SearchIndex {
  const entries: Entry[] = [];
  for (const line of text.split('\n')) {
    const [id, type, name, keys] = line.split('\t');
    if (!id || !name || !keys) continue;
    entries.push({ id, type: type as EntityType, name, keys: keys.split('|') });
  }
  return { entries, byWordStart: bucketByWordStart(entries) };
}

/** Whether a word of `key` starts with `word`. */
const startsAWord = (key: string, word: string) => key.startsWith(word) || key.includes(` ${word}`);

/**
 * How well a key fits the query: the whole name (100), its start (80), the start of a word
 * (60), or every query word starting a word of the key, in any order (40); 0 for no fit.
 */
function score(key: string, query: string, queryWords: string[]): number {
  if (key === query) return 100;
  if (key.startsWith(query)) return 80;
  if (queryWords.length === 1) return key.includes(` ${query}`) ? 60 : 0;
  return queryWords.every((q) => startsAWord(key, q)) ? 40 : 0;
}

/**
 * The best `limit` entities for what the reader typed: diacritics and case do not matter,
 * and any spelling the knowledge lists finds its entity. Earlier entries win ties (the
 * knowledge puts the entities news names most first).
 */
export function searchEntities(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = searchKey(query);
  if (q.length < 2) return [];
  const qWords = q.split(' ');
  const hits: { entry: Entry; score: number; order: number }[] = [];
  // A one-letter first word ("a b") has no bucket of its own: score every entry.
  const candidates = qWords[0].length < 2 ? index.entries.keys() : (index.byWordStart.get(wordStart(qWords[0])) ?? []);
  for (const order of candidates) {
    const entry = index.entries[order];
    let best = 0;
    for (let k = 0; k < entry.keys.length && best < 100; k++) best = Math.max(best, score(entry.keys[k], q, qWords));
    if (best > 0) hits.push({ entry, score: best, order });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.slice(0, limit).map(({ entry }) => ({ id: entry.id, type: entry.type, name: entry.name }));
}
