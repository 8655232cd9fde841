import bundled from 'virtual:knowledge-index';
import { mergeKnowledge, type MergedKnowledge } from '@/utils/knowledge/merge';
import type { KnowledgePack } from '@/utils/knowledge/types';

/** The knowledge a page session works with: entity headers, lazy cards, and the alias lookup. */
export interface LoadedKnowledge extends MergedKnowledge {
  positionOf: Map<string, number>;
}

/** Builds the lookup once per page from the prebuilt index plus the reader's packs. */
export function loadKnowledge(packs: KnowledgePack[] = []): LoadedKnowledge {
  const merged = mergeKnowledge(bundled, packs);
  return { ...merged, positionOf: new Map(merged.entities.map((e, i) => [e.id, i])) };
}
