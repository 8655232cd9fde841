import { packIndex } from '../matching/packed-index';
import { compiledAliases } from './compile';
import { PACK_INDEX_FORMAT, type StoredPackIndex } from './stored-index';
import type { KnowledgePack } from './types';

/**
 * Packs a pack's aliases, pointing at its own entity positions (0, 1, …), for its page parts
 * (once per install, or when the background packs lost or outdated parts again).
 *
 * Apart from reading a stored index (`stored-index.ts`) because it needs the compiler: pages
 * read stored indexes, and a page script that imports the compiler runs its build-time
 * tables' top-level code on every page.
 */
export function indexPack(pack: KnowledgePack): StoredPackIndex {
  return { format: PACK_INDEX_FORMAT, packed: packIndex(compiledAliases(pack.entities)) };
}
