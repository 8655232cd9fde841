import { foldString } from '../matching/chars.ts';
import { givenNameVariants } from './given-name-variants.ts';
import type { Entity, EntityType } from './types.ts';

/**
 * One entity as the look-up's data: `id \t type \t name \t other names (|-separated)`. Other
 * names include the other spellings of given names ("Sergey" for "Sergei"), so a reader finds
 * a name however it was transliterated. Tabs and bars cannot occur in names (the validator
 * refuses control characters; a bar would only split a name in two, still findable).
 */
export function entityLine(entity: Pick<Entity, 'id' | 'type' | 'name' | 'aliases'>): string {
  const texts = entity.aliases.map((a) => (typeof a === 'string' ? a : a.text));
  const names = new Set([...texts, ...[entity.name, ...texts].flatMap(givenNameVariants)]);
  names.delete(entity.name);
  return [entity.id, entity.type, entity.name, [...names].join('|')].join('\t').replace(/\n/g, ' ');
}

/** One entity as the look-up knows it: its names folded (no case, no diacritics) and split into words. */
interface Entry {
  id: string;
  type: EntityType;
  name: string;
  /** Every name, folded: the display name first. */
  keys: string[];
  /** Each key's words, for matching "lavrov" or "serg lav". */
  words: string[][];
}

export interface SearchHit {
  id: string;
  type: EntityType;
  name: string;
}

export type SearchIndex = Entry[];

const fold = (text: string) => foldString(text).trim().replace(/\s+/g, ' ');
const wordsOf = (key: string) => key.split(/[\s\-‐–'’.,()]+/).filter(Boolean);

/** Builds the look-up from `searchLines` text (and packs' entities, made the same way). */
export function buildSearchIndex(text: string): SearchIndex {
  const index: SearchIndex = [];
  for (const line of text.split('\n')) {
    const [id, type, name, others] = line.split('\t');
    if (!id || !name) continue;
    const keys = [name, ...(others ? others.split('|') : [])].map(fold);
    index.push({ id, type: type as EntityType, name, keys, words: keys.map(wordsOf) });
  }
  return index;
}

/**
 * How well a key fits the query: the whole name (100), its start (80), the start of a word
 * (60), or every query word starting a word of the key, in any order (40); 0 for no fit.
 */
function score(key: string, words: string[], query: string, queryWords: string[]): number {
  if (key === query) return 100;
  if (key.startsWith(query)) return 80;
  if (queryWords.length === 1) return words.some((w) => w.startsWith(query)) ? 60 : 0;
  return queryWords.every((q) => words.some((w) => w.startsWith(q))) ? 40 : 0;
}

/**
 * The best `limit` entities for what the reader typed: diacritics and case do not matter,
 * and any spelling the knowledge lists finds its entity. Earlier entries win ties (the
 * knowledge puts the entities news names most first).
 */
export function searchEntities(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = fold(query);
  if (q.length < 2) return [];
  const qWords = wordsOf(q);
  const hits: { entry: Entry; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    let best = 0;
    for (let k = 0; k < entry.keys.length && best < 100; k++) {
      const s = score(entry.keys[k], entry.words[k], q, qWords);
      if (s > best) best = s;
    }
    if (best > 0) hits.push({ entry, score: best, order });
  });
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.slice(0, limit).map(({ entry }) => ({ id: entry.id, type: entry.type, name: entry.name }));
}
