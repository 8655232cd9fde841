import { prepareAliases, type AliasIndex } from '../matching/alias-index';
import { indexPacked } from '../matching/packed-index';
import { toCard } from './compile';
import { EntityTable } from './entity-table';
import type { CardEntity, CompiledAlias, CompiledIndex, KnowledgePack } from './types';

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
 * Bundled aliases come packed from the build and are decoded bucket by bucket as pages need them.
 */
export function mergeKnowledge(bundled: CompiledIndex, packs: KnowledgePack[]): MergedKnowledge {
  const entities = new EntityTable(bundled.headers);
  const packAliases: CompiledAlias[] = [];
  const fromPacks = new Map<number, CardEntity>();
  for (const pack of packs) {
    for (const entity of pack.entities) {
      const p = entities.put(entity);
      fromPacks.set(p, toCard(entity));
      packAliases.push([entity.name, p, 0]);
      for (const alias of entity.aliases) {
        packAliases.push(typeof alias === 'string' ? [alias, p, 0] : [alias.text, p, alias.weak ? 1 : 0]);
      }
    }
  }
  // Pack entries order after every bundled alias, as they would in one list.
  const extra = packAliases.length === 0 ? [] : prepareAliases(packAliases, 1 << 24);
  return {
    entities,
    aliasIndex: indexPacked(bundled.packed, extra),
    packCard: (p) => fromPacks.get(p),
  };
}
