import geoAsset from 'virtual:knowledge-geo';
import { bundledCards } from '../knowledge/bundled-cards';
import { readKnowledgeAsset } from '../knowledge/knowledge-asset';
import { drawLocatorMap } from './draw-map';
import { loadGeo, mapTargetFor, type LoadedGeo } from './map-target';
import type { GeoIndex, LocatorMapData } from './types';

/** Maps kept drawn: a reader moves between a handful of places an article names. */
const CACHED_MAPS = 32;

let loaded: Promise<LoadedGeo> | null = null;
const drawn = new Map<string, LocatorMapData | null>();

function load(): Promise<LoadedGeo> {
  loaded ??= readKnowledgeAsset(geoAsset).then(
    (text) => loadGeo(JSON.parse(text) as GeoIndex),
    (error: unknown) => {
      loaded = null; // try again on the next request
      throw error;
    },
  );
  return loaded;
}

/**
 * In the background: entity `id`'s locator map, drawn on first request (the outlines are read
 * when a card first asks, not when the worker starts) and kept for the next; null when the
 * place has none. The name comes from the bundled card: the index holds only bundled places.
 */
export async function locatorMapFor(id: string): Promise<LocatorMapData | null> {
  const kept = drawn.get(id);
  if (kept !== undefined) {
    drawn.delete(id);
    drawn.set(id, kept);
    return kept;
  }
  const [geo, [card]] = await Promise.all([load(), bundledCards([id])]);
  const target = card ? mapTargetFor(geo, id, card.name) : null;
  const map = target ? drawLocatorMap(geo.geo, target) : null;
  drawn.set(id, map);
  if (drawn.size > CACHED_MAPS) drawn.delete(drawn.keys().next().value as string);
  return map;
}
