import bundled from 'virtual:knowledge-index';
import { mergeKnowledge, type MergedKnowledge } from '@/utils/knowledge/merge';
import type { EnabledPack } from '@/utils/knowledge/pack-index';

/** The knowledge a page session works with: entity headers, pack cards, and the alias lookup. */
export type LoadedKnowledge = MergedKnowledge;

/** Builds the lookup once per page from the prebuilt index plus the reader's packs. */
export function loadKnowledge(packs: readonly EnabledPack[] = []): LoadedKnowledge {
  return mergeKnowledge(bundled, packs);
}
