import { prepareAliases, type AliasIndex } from '../matching/alias-index';
import { indexPacked } from '../matching/packed-index';
import { toCard } from './compile';
import type { CardEntity, CompiledAlias, CompiledIndex, EntityHeader, KnowledgePack } from './types';

/** Bundled and pack knowledge together. Bundled cards live in the background (see `CardCache`). */
export interface MergedKnowledge {
  entities: EntityHeader[];
  /** Where an entity id sits in `entities`. */
  positionOf(id: string): number | undefined;
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
  const entities = bundled.entities.slice();
  const packAliases: CompiledAlias[] = [];
  const fromPacks = new Map<number, CardEntity>();
  // Built on first use when no pack needs it: a page's first scan looks entities up by position only.
  let byId: Map<string, number> | null = null;
  const positions = () => {
    if (byId) return byId;
    byId = new Map();
    for (let i = 0; i < entities.length; i++) byId.set(entities[i].id, i);
    return byId;
  };
  for (const pack of packs) {
    for (const entity of pack.entities) {
      let p = positions().get(entity.id);
      if (p === undefined) {
        p = entities.push({ id: entity.id, type: entity.type, name: entity.name }) - 1;
        positions().set(entity.id, p);
      } else entities[p] = { id: entity.id, type: entity.type, name: entity.name };
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
    positionOf: (id) => positions().get(id),
    aliasIndex: indexPacked(bundled.packed, extra),
    packCard: (p) => fromPacks.get(p),
  };
}
