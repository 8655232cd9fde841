import { describe, expect, it } from 'vitest';
import bundled from 'virtual:knowledge-index';
import { mergeKnowledge } from '@/utils/knowledge/merge';
import { indexPack } from '@/utils/knowledge/pack-index';
import type { KnowledgePack } from '@/utils/knowledge/types';
import { findMatches } from '@/utils/matching/match';
import { goodPack } from './bad-packs';

const bundledCount = bundled.headers.types.length;
/** The test pack, typed as a checked pack is (its literal's `type` reads as any string). */
const testPack = () => goodPack() as KnowledgePack;

describe('bundled knowledge merged with a reader pack', () => {
  it('adds a new entity after the bundled ones, found by its aliases, with its card', () => {
    const knowledge = mergeKnowledge(bundled, [{ pack: testPack() }]);
    const p = knowledge.entities.positionOf('jane-example');
    expect(p).toBe(bundledCount);
    expect([knowledge.entities.type(p!), knowledge.entities.name(p!)]).toEqual(['person', 'Jane Example']);
    expect(knowledge.packCard(p!)?.description).toBe('A person who exists only in tests.');
    const found = findMatches(['Jane Example spoke; later J. Example and Example left.'], knowledge.aliasIndex);
    expect(found.map((m) => [m.entity, m.weak])).toEqual([
      [p, false],
      [p, false],
      [p, true],
    ]);
  });

  it('lets a pack entity with a bundled id replace its header and card, keeping its bundled aliases', () => {
    const pack = testPack();
    const orban = bundled.headers.ids.split('\n').indexOf('viktor-orban');
    Object.assign(pack.entities[0], { id: 'viktor-orban', name: 'V. Orbán (my notes)', aliases: ['The Premier'], related: [] });
    const knowledge = mergeKnowledge(bundled, [{ pack }]);
    expect(knowledge.entities.positionOf('viktor-orban')).toBe(orban);
    expect(knowledge.entities.size).toBe(bundledCount);
    expect(knowledge.entities.name(orban)).toBe('V. Orbán (my notes)');
    expect(knowledge.packCard(orban)?.name).toBe('V. Orbán (my notes)');
    const found = findMatches(['Viktor Orbán, The Premier, spoke.'], knowledge.aliasIndex);
    expect(found.map((m) => m.entity)).toEqual([orban, orban]);
  });

  it('finds the same with the index stored at install as with none, and falls back on a damaged one', () => {
    const pack = testPack();
    const text = ['Jane Example spoke; J. Example and Example left Budapest.'];
    const fromText = findMatches(text, mergeKnowledge(bundled, [{ pack }]).aliasIndex);
    expect(fromText.length).toBe(4);
    const stored = JSON.parse(JSON.stringify(indexPack(pack)));
    expect(findMatches(text, mergeKnowledge(bundled, [{ pack, index: stored }]).aliasIndex)).toEqual(fromText);
    for (const damaged of [null, 'text', { ...stored, format: 0 }, { ...stored, packed: { ...stored.packed, hashes: [...stored.packed.hashes].reverse() } }]) {
      expect(findMatches(text, mergeKnowledge(bundled, [{ pack, index: damaged }]).aliasIndex)).toEqual(fromText);
    }
  });

  it('puts two packs in their order, each at its own positions', () => {
    const first = testPack();
    const second = testPack();
    Object.assign(second.entities[0], { id: 'john-example', name: 'John Example', aliases: [] });
    const knowledge = mergeKnowledge(bundled, [{ pack: first, index: indexPack(first) }, { pack: second, index: indexPack(second) }]);
    const found = findMatches(['John Example and Jane Example'], knowledge.aliasIndex);
    expect(found.map((m) => knowledge.entities.id(m.entity))).toEqual(['john-example', 'jane-example']);
    expect(knowledge.entities.size).toBe(bundledCount + 2);
  });

  it('without packs, has every bundled entity and no pack cards', () => {
    const knowledge = mergeKnowledge(bundled, []);
    expect(knowledge.entities.size).toBe(bundledCount);
    expect(knowledge.packCard(0)).toBeUndefined();
  });
});
