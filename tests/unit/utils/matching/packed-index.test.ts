import { describe, expect, it } from 'vitest';
import type { CompiledAlias } from '@/utils/knowledge/types';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import { findMatches } from '@/utils/matching/match';
import { indexPacked, packIndex } from '@/utils/matching/packed-index';

const aliases: CompiledAlias[] = [
  ['Viktor Orbán', 0, 0],
  ['Orbán', 0, 1],
  ['Costa Rica', 1, 0],
  ['António Costa', 2, 0],
  ['Costa', 2, 1],
  ['Washington, D.C.', 3, 0],
  ['AT&T', 4, 0],
  ['Viktor Orbán', 0, 0], // a duplicate: indexed once
];

describe('the packed alias index', () => {
  it('ships sorted first-word hashes with one bucket of text each', () => {
    const packed = packIndex(aliases);
    expect(packed.count).toBe(7);
    expect(packed.hashes).toEqual([...packed.hashes].sort((a, b) => a - b));
    expect(packed.buckets).toHaveLength(packed.hashes.length);
    expect(packed.hashes).toHaveLength(6); // viktor, orban, costa, antonio, washington, at
    // Survives the trip through JSON that the build makes.
    expect(JSON.parse(JSON.stringify(packed))).toEqual(packed);
  });

  it('decodes to exactly the entries the text index builds', () => {
    const packed = indexPacked(JSON.parse(JSON.stringify(packIndex(aliases))));
    const plain = buildAliasIndex(aliases);
    for (const text of ['Viktor Orbán met António Costa in Washington, D.C., and AT&T.', 'Costa Rica. Orbán. Costa.', 'Washington D.C.']) {
      expect(findMatches([text], packed), text).toEqual(findMatches([text], plain));
    }
    expect(findMatches(['Washington, D.C., and AT&T'], packed).map((m) => m.entity)).toEqual([3, 4]);
    // The first-word filter holds the same bits, set by the packed index's own loop.
    expect(packed.firstWordBits).toEqual(plain.firstWordBits);
    expect(packed.firstWordBits.some((byte) => byte !== 0)).toBe(true);
  });

  it('decodes a bucket only when the page holds its word', () => {
    const packed = packIndex(aliases);
    const index = indexPacked(packed);
    let reads = 0;
    packed.buckets = new Proxy(packed.buckets, { get: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) && reads++, Reflect.get(target, key)) });
    expect(findMatches(['Nothing to see in Budapest today.'], index)).toEqual([]);
    expect(reads).toBe(0);
    findMatches(['Viktor Orbán spoke; Orbán left; Viktor Orbán came back.'], index);
    expect(reads).toBe(2); // the viktor and orban buckets, once each
  });

  it('merges packs into the bundled buckets, longest first, their entities at their positions', () => {
    const pack = packIndex([['Costa Rica Football Federation', 0, 0], ['Ursula von der Leyen', 1, 0]]);
    const index = indexPacked(packIndex(aliases), [{ packed: pack, positions: [5, 6] }]);
    const found = findMatches(['The Costa Rica Football Federation met Ursula von der Leyen, then Costa Rica.'], index);
    expect(found.map((m) => m.entity)).toEqual([5, 6, 1]);
    expect(index.aliasCount).toBe(9);
  });

  it('orders equal aliases bundled first, then the packs in their order', () => {
    const first = { packed: packIndex([['Costa Rica', 0, 0]]), positions: [7] };
    const second = { packed: packIndex([['Costa Rica', 0, 0], ['Costa', 0, 0]]), positions: [8] };
    expect(findMatches(['Costa Rica'], indexPacked(packIndex(aliases), [first, second]))[0].entity).toBe(1);
    expect(findMatches(['Costa Rica'], indexPacked(packIndex([]), [second, first]))[0].entity).toBe(8);
    expect(findMatches(['Costa Rica'], indexPacked(packIndex([]), [first, second]))[0].entity).toBe(7);
    // Strong before weak still comes first: the bundled "Costa" is weak, the second pack's is not.
    expect(findMatches(['Costa said'], indexPacked(packIndex(aliases), [first, second]))[0]).toMatchObject({ entity: 8, weak: false });
  });

  it('skips a damaged bucket of a stored pack, and finds everything else', () => {
    const pack = packIndex([['Jane Example', 0, 0], ['Kyiv Example', 1, 0]]);
    const broken = { ...pack, buckets: pack.buckets.map((b, i) => (i === 0 ? b.slice(0, -3) : b)) };
    const outOfRange = { packed: pack, positions: [9] }; // the pack's entity 1 has no position
    const index = indexPacked(packIndex(aliases), [{ packed: broken, positions: [9, 10] }]);
    const text = ['Jane Example and Kyiv Example met Viktor Orbán.'];
    const found = findMatches(text, index).map((m) => m.entity);
    expect(found).toContain(0);
    expect(found.length).toBe(2);
    expect(findMatches(text, indexPacked(packIndex(aliases), [outOfRange])).map((m) => m.entity)).toEqual([9, 0]);
    // Valid JSON of the wrong shape: words that are not a string, flags or case rules that are not whole numbers, a field missing.
    for (const wrong of [(e: unknown[]) => (e[3] = ['jane']), (e: unknown[]) => (e[1] = true), (e: unknown[]) => (e[2] = -1), (e: unknown[]) => e.pop()]) {
      const reshaped = { ...pack, buckets: pack.buckets.map((b) => JSON.stringify((JSON.parse(b) as unknown[][]).map((e) => (wrong(e), e)))) };
      expect(findMatches(text, indexPacked(packIndex(aliases), [{ packed: reshaped, positions: [9, 10] }])).map((m) => m.entity)).toEqual([0]);
    }
  });

  it('ships aliases that read alike once', () => {
    const packed = packIndex([['J.D. Vance', 0, 0], ['J. D. Vance', 0, 0], ['J.D. Vance', 1, 0], ['JD Vance', 0, 0]]);
    // One entry per entity for the dotted forms, and "JD" starts a bucket of its own.
    expect(packed.count).toBe(3);
    expect(findMatches(['J. D. Vance and J.D. Vance'], indexPacked(packed)).map((m) => m.entity)).toEqual([0, 0]);
  });

  it('works with no bundled aliases at all', () => {
    const pack = { packed: packIndex([['Kyiv', 0, 0]]), positions: [0] };
    expect(findMatches(['In Kyiv.'], indexPacked(packIndex([]), [pack]))).toHaveLength(1);
  });
});
