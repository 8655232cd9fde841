import { describe, expect, it } from 'vitest';
import bundled from 'virtual:knowledge-index';
import { mergeKnowledge } from '@/utils/knowledge/merge';
import { toPagePack } from '@/utils/knowledge/make-page-pack';
import type { KnowledgePack } from '@/utils/knowledge/types';
import { findMatches } from '@/utils/matching/match';
import { goodPack } from './bad-packs';

const bundledCount = bundled.headers.types.length;
/** The test pack, typed as a checked pack is (its literal's `type` reads as any string). */
const testPack = () => goodPack() as KnowledgePack;
/** A pack's page parts as storage hands them over: a copy through JSON. */
const parts = (pack: KnowledgePack, key = 'p') => JSON.parse(JSON.stringify(toPagePack(key, true, pack))) as ReturnType<typeof toPagePack>;

describe('bundled knowledge merged with a reader pack', () => {
  it('adds a new entity after the bundled ones, found by its aliases', () => {
    const knowledge = mergeKnowledge(bundled, [parts(testPack())]);
    const p = knowledge.entities.positionOf('jane-example');
    expect(p).toBe(bundledCount);
    expect([knowledge.entities.type(p!), knowledge.entities.name(p!)]).toEqual(['person', 'Jane Example']);
    const found = findMatches(['Jane Example spoke; later J. Example and Example left.'], knowledge.aliasIndex);
    expect(found.map((m) => [m.entity, m.weak])).toEqual([
      [p, false],
      [p, false],
      [p, true],
    ]);
  });

  it('lets a pack entity with a bundled id take its place, keeping its bundled aliases', () => {
    const pack = testPack();
    // An entity pages carry (a sitting head of state), so its bundled aliases are in the page index.
    const zelensky = bundled.headers.ids.split('\n').indexOf('volodymyr-zelensky');
    expect(zelensky).toBeGreaterThanOrEqual(0);
    Object.assign(pack.entities[0], { id: 'volodymyr-zelensky', name: 'V. Zelensky (my notes)', aliases: ['The Premier'], related: [] });
    const knowledge = mergeKnowledge(bundled, [parts(pack)]);
    expect(knowledge.entities.positionOf('volodymyr-zelensky')).toBe(zelensky);
    expect(knowledge.entities.size).toBe(bundledCount);
    expect(knowledge.entities.name(zelensky)).toBe('V. Zelensky (my notes)');
    const found = findMatches(['Volodymyr Zelensky, The Premier, spoke.'], knowledge.aliasIndex);
    expect(found.map((m) => m.entity)).toEqual([zelensky, zelensky]);
  });

  it('finds what an index built from the texts finds, and adds only the entities of a pack whose index is damaged', () => {
    const pack = testPack();
    const text = ['Jane Example spoke; J. Example and Example left Budapest.'];
    const good = parts(pack);
    expect(findMatches(text, mergeKnowledge(bundled, [good]).aliasIndex).length).toBe(4);
    for (const index of [null, 'text', { ...good.index, format: 0 }]) {
      const knowledge = mergeKnowledge(bundled, [{ ...good, index }]);
      expect(knowledge.entities.positionOf('jane-example')).toBe(bundledCount);
      expect(findMatches(text, knowledge.aliasIndex).map((m) => knowledge.entities.id(m.entity))).toEqual(['budapest']);
    }
  });

  it('puts two packs in their order, each at its own positions', () => {
    const second = testPack();
    Object.assign(second.entities[0], { id: 'john-example', name: 'John Example', aliases: [] });
    const knowledge = mergeKnowledge(bundled, [parts(testPack(), 'a'), parts(second, 'b')]);
    const found = findMatches(['John Example and Jane Example'], knowledge.aliasIndex);
    expect(found.map((m) => knowledge.entities.id(m.entity))).toEqual(['john-example', 'jane-example']);
    expect(knowledge.entities.size).toBe(bundledCount + 2);
  });

  it('without packs, has every bundled entity', () => {
    expect(mergeKnowledge(bundled, []).entities.size).toBe(bundledCount);
  });
});
