import bundled from 'virtual:knowledge-index';
import { buildAliasIndex, type AliasIndex } from '@/utils/matching/alias-index';
import { mergeKnowledge } from '@/utils/knowledge/merge';
import type { CompiledIndex, KnowledgePack } from '@/utils/knowledge/types';

/** The knowledge a page session works with: card data and the alias lookup built from it. */
export interface LoadedKnowledge {
  index: CompiledIndex;
  aliases: AliasIndex;
  positionOf: Map<string, number>;
}

/** Builds the lookup once per page from the prebuilt index plus the reader's packs. */
export function loadKnowledge(packs: KnowledgePack[] = []): LoadedKnowledge {
  const index = mergeKnowledge(bundled, packs);
  return {
    index,
    aliases: buildAliasIndex(index.aliases),
    positionOf: new Map(index.entities.map((e, i) => [e.id, i])),
  };
}
