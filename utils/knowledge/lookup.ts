import searchAsset from 'virtual:knowledge-search';
import { readKnowledgeAsset } from './knowledge-asset';
import { buildSearchIndex, entityLine, searchEntities, type SearchHit, type SearchIndex } from './search';
import { packsSetting } from '../packs';

/** Most hits one look-up returns: what a popup shows without scrolling. */
export const LOOKUP_LIMIT = 8;

let bundled: Promise<SearchIndex> | null = null;
let packs: Promise<SearchIndex> | null = null;

/** Forgets the packs' names: the background calls it whenever packs change. */
export function forgetPackNames(): void {
  packs = null;
}

async function packIndex(): Promise<SearchIndex> {
  const installed = await packsSetting.get();
  return buildSearchIndex(installed.flatMap((p) => (p.enabled ? p.pack.entities.map(entityLine) : [])).join('\n'));
}

/**
 * The popup's look-up, in the background: the reader's packs first (their entities win, as on
 * pages), then the bundled knowledge. Both indexes are built on the first look-up after a
 * worker start (the popup asks with an empty query as it opens, so typing never waits).
 */
export async function lookUp(query: string): Promise<SearchHit[]> {
  bundled ??= readKnowledgeAsset(searchAsset).then(buildSearchIndex);
  packs ??= packIndex();
  let index: [SearchIndex, SearchIndex];
  try {
    index = await Promise.all([packs, bundled]);
  } catch (error) {
    bundled = packs = null; // try again next time
    throw error;
  }
  const [own, built] = index;
  const fromPacks = searchEntities(own, query, LOOKUP_LIMIT);
  const ids = new Set(fromPacks.map((h) => h.id));
  return [...fromPacks, ...searchEntities(built, query, LOOKUP_LIMIT).filter((h) => !ids.has(h.id))].slice(0, LOOKUP_LIMIT);
}
