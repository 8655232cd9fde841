import { describe, expect, it } from 'vitest';
import { indexPack } from '@/utils/knowledge/pack-index';
import { PACK_INDEX_FORMAT, readStoredIndex } from '@/utils/knowledge/stored-index';
import type { KnowledgePack } from '@/utils/knowledge/types';
import { createWord, nextWord } from '@/utils/matching/tokenize';
import { goodPack } from './bad-packs';

const pack = goodPack() as KnowledgePack;

describe("a pack's stored index", () => {
  it('holds every alias, the name included, and survives storage as JSON', () => {
    const stored = indexPack(pack);
    expect(stored.format).toBe(PACK_INDEX_FORMAT);
    expect(stored.packed.count).toBe(3); // "Jane Example", "J. Example", weak "Example"
    expect(readStoredIndex(JSON.parse(JSON.stringify(stored)))).toEqual(stored.packed);
  });

  it('reads as none when damaged or made by another format (the background then packs it again)', () => {
    const { packed } = indexPack(pack);
    const damaged: unknown[] = [
      undefined,
      null,
      42,
      { packed },
      { format: PACK_INDEX_FORMAT + 1, packed },
      { format: PACK_INDEX_FORMAT, packed: null },
      { format: PACK_INDEX_FORMAT, packed: { ...packed, count: '3' } },
      { format: PACK_INDEX_FORMAT, packed: { ...packed, hashes: [...packed.hashes, 1.5] } },
      { format: PACK_INDEX_FORMAT, packed: { ...packed, hashes: [...packed.hashes].reverse() } },
      { format: PACK_INDEX_FORMAT, packed: { ...packed, buckets: packed.buckets.slice(1) } },
      { format: PACK_INDEX_FORMAT, packed: { ...packed, buckets: packed.buckets.map(() => 7) } },
    ];
    for (const index of damaged) {
      expect(readStoredIndex(index), JSON.stringify(index)).toBeNull();
    }
  });

  it('is read with the word hashes it was made with (change them only with a new PACK_INDEX_FORMAT)', () => {
    // Stored indexes hold these hashes: if this fails, the way words are read or hashed changed,
    // and every installed pack's index must be rebuilt, which a bump of PACK_INDEX_FORMAT does.
    const word = createWord();
    const hashes = ['Orbán', 'KYIV', 'straße', 'Zelenskyy'].map((text) => (nextWord(text, 0, word), word.hash));
    expect({ format: PACK_INDEX_FORMAT, hashes }).toEqual({ format: 2, hashes: [1210280, 1463611, 467629, 1371538] });
    // And the entry's shape: entity, flags (weak, caps word, cue groups), case rules in base 4, folded words, gaps.
    expect(indexPack({ ...pack, entities: [{ ...pack.entities[0], name: 'J. D. Vance-Ex', aliases: [] }] }).packed.buckets).toEqual([PINNED_ENTRY]);
  });
});

const PINNED_ENTRY = '[[0,0,85,"j d vance ex",[".",".",""]]]';
