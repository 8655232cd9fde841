import type { AliasIndex } from '../matching/alias-index';
import { indexPacked, type PackedSource } from '../matching/packed-index';
import { toCard } from './compile';
import { EntityTable } from './entity-table';
import { packedIndexOf, type EnabledPack } from './pack-index';
import type { CardEntity, CompiledIndex } from './types';

/** Bundled and pack knowledge together. Bundled cards live in the background (see `CardCache`). */
export interface MergedKnowledge {
  /** Every entity's id, type and name, by position. */
  entities: EntityTable;
  aliasIndex: AliasIndex;
  /** The card a reader's pack gives this entity, which wins over the bundled one. */
  packCard(position: number): CardEntity | undefined;
}

/**
 * The bundled index plus the reader's enabled packs. A pack entity with a bundled id replaces
 * that card (the reader's entry wins) and adds its aliases; new ids add new entities.
 * Bundled aliases come packed from the build and packs' from their install (or are packed
 * here when a pack has no usable stored index); either is decoded bucket by bucket as pages need them.
 */
export function mergeKnowledge(bundled: CompiledIndex, packs: readonly EnabledPack[]): MergedKnowledge {
  const entities = new EntityTable(bundled.headers);
  const fromPacks = new Map<number, CardEntity>();
  const sources: PackedSource[] = packs.map((enabled) => {
    const positions = enabled.pack.entities.map((entity) => {
      const p = entities.put(entity);
      fromPacks.set(p, toCard(entity));
      return p;
    });
    return { packed: packedIndexOf(enabled), positions };
  });
  return {
    entities,
    aliasIndex: indexPacked(bundled.packed, sources),
    packCard: (p) => fromPacks.get(p),
  };
}
