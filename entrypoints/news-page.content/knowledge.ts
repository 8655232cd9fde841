import bundled from 'virtual:knowledge-index';
import { mergeKnowledge, type MergedKnowledge, type PackParts } from '@/utils/knowledge/merge';

/** The knowledge a page session works with: entity headers and the alias lookup (cards come from the background). */
export type LoadedKnowledge = MergedKnowledge;

/** Builds the lookup once per page from the prebuilt index plus the reader's packs. */
export function loadKnowledge(packs: readonly PackParts[] = []): LoadedKnowledge {
  return mergeKnowledge(bundled, packs);
}
