import { describe, expect, it } from 'vitest';
import bundled from 'virtual:knowledge-index';
import { mergeKnowledge } from '@/utils/knowledge/merge';
import type { KnowledgePack } from '@/utils/knowledge/types';
import { findMatches } from '@/utils/matching/match';
import { goodPack } from './bad-packs';

const bundledCount = bundled.headers.types.length;
/** The test pack, typed as a checked pack is (its literal's `type` reads as any string). */
const testPack = () => goodPack() as KnowledgePack;

describe('bundled knowledge merged with a reader pack', () => {
  it('adds a new entity after the bundled ones, found by its aliases, with its card', () => {
    const knowledge = mergeKnowledge(bundled, [testPack()]);
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
    const knowledge = mergeKnowledge(bundled, [pack]);
    expect(knowledge.entities.positionOf('viktor-orban')).toBe(orban);
    expect(knowledge.entities.size).toBe(bundledCount);
    expect(knowledge.entities.name(orban)).toBe('V. Orbán (my notes)');
    expect(knowledge.packCard(orban)?.name).toBe('V. Orbán (my notes)');
    const found = findMatches(['Viktor Orbán, The Premier, spoke.'], knowledge.aliasIndex);
    expect(found.map((m) => m.entity)).toEqual([orban, orban]);
  });

  it('without packs, has every bundled entity and no pack cards', () => {
    const knowledge = mergeKnowledge(bundled, []);
    expect(knowledge.entities.size).toBe(bundledCount);
    expect(knowledge.packCard(0)).toBeUndefined();
  });
});
