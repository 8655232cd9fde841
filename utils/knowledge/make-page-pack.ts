import { shipHeaders } from './entity-table';
import { indexPack } from './pack-index';
import type { PagePack } from './page-pack';
import type { KnowledgePack } from './types';

/**
 * The page parts of an installed pack (packing its aliases: ~100 ms at 20,000). Apart from
 * `page-pack.ts`, which pages import to read the parts: packing needs the compiler.
 */
export function toPagePack(key: string, enabled: boolean, pack: KnowledgePack): PagePack {
  return { key, enabled, headers: shipHeaders(pack.entities), index: indexPack(pack) };
}
