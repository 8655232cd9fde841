import { definitionKey } from '../matching/acronym-definition';
import type { AliasIndex } from '../matching/alias-index';
import { indexPacked, type PackedSource } from '../matching/packed-index';
import { readFilter } from '../matching/remote-filter';
import { EntityTable, type ShippedHeaders } from './entity-table';
import { readStoredIndex } from './stored-index';
import type { CompiledIndex } from './types';

/** Bundled and pack knowledge together. Every card's text lives in the background (see `CardCache`). */
export interface MergedKnowledge {
  /** Every entity's id, type and name, by position. */
  entities: EntityTable;
  aliasIndex: AliasIndex;
}

/** What a page reads of an enabled pack (see `PagePack`): its headers and stored index. */
export interface PackParts {
  headers: ShippedHeaders;
  index: unknown;
}

/**
 * The bundled index plus the reader's enabled packs. A pack entity with a bundled id takes
 * that entity's place (its header and card win) and adds its aliases; new ids follow the
 * bundled entities. Every index comes packed (the bundled one from the build, a pack's from
 * its install) and is decoded bucket by bucket as pages need it; a pack whose index is not
 * usable adds its entities but none of its aliases until the background packs it again.
 */
export function mergeKnowledge(bundled: Pick<CompiledIndex, 'headers' | 'packed' | 'remoteFilter'>, packs: readonly PackParts[]): MergedKnowledge {
  const entities = new EntityTable(bundled.headers);
  const sources: PackedSource[] = [];
  for (const { headers, index } of packs) {
    const own = new EntityTable(headers);
    const positions = Array.from({ length: own.size }, (_, i) => entities.put({ id: own.id(i), type: own.type(i), name: own.name(i) }));
    const packed = readStoredIndex(index);
    if (packed) sources.push({ packed, positions });
  }
  const aliasIndex = indexPacked(bundled.packed, sources, readFilter(bundled.remoteFilter));
  aliasIndex.definitionKeyOf = (entity) => definitionKey(entities.name(entity) ?? '');
  return { entities, aliasIndex };
}
