import bundled from 'virtual:knowledge-index';
import { fitsPageYear } from '@/utils/matching/dated-names';
import { mergeKnowledge, type MergedKnowledge, type PackParts } from '@/utils/knowledge/merge';

/** The knowledge a page session works with: entity headers and the alias lookup (cards come from the background). */
export type LoadedKnowledge = MergedKnowledge;

/** Builds the lookup once per page from the prebuilt index plus the reader's packs. */
export function loadKnowledge(packs: readonly PackParts[] = []): LoadedKnowledge {
  return mergeKnowledge(bundled, packs);
}

/**
 * Which events a dated name may stand for on a page dated `published` (see `dated-names.ts`):
 * read from each event's name, once per event the page meets under such a name.
 */
export function datedFits(knowledge: LoadedKnowledge, published: string | null): (entity: number) => boolean {
  const fits = new Map<number, boolean>();
  return (entity) => {
    let fit = fits.get(entity);
    if (fit === undefined) fits.set(entity, (fit = fitsPageYear(knowledge.entities.name(entity), published)));
    return fit;
  };
}
