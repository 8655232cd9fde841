import type { PackedIndex } from '../matching/packed-index';

/**
 * A pack's alias index as stored in its page parts (see `PagePack`), packed once when the
 * pack is installed (by the options page, in the same write as the pack): a page then indexes a reader's 20,000 aliases in
 * about a millisecond, where preparing them from text took ~100 ms of every page load, in
 * one task.
 */
export interface StoredPackIndex {
  /** `PACK_INDEX_FORMAT` when it was made; any other value is read as no index. */
  format: number;
  packed: PackedIndex;
}

/**
 * Bump whenever words are read, folded or hashed differently, or the packed entry changes
 * shape: an index stored by an older version then reads as none and the background packs
 * the pack again, instead of pages matching wrongly. (A test pins word hashes to catch a change made without a bump.)
 */
export const PACK_INDEX_FORMAT = 2;

const isAscendingIntegers = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n, i) => Number.isInteger(n) && (i === 0 || n > (v[i - 1] as number)));

/** The stored index when it is one this version made, else null (a corrupted or older value). */
export function readStoredIndex(stored: unknown): PackedIndex | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { format, packed } = stored as Partial<StoredPackIndex>;
  if (format !== PACK_INDEX_FORMAT || typeof packed !== 'object' || packed === null) return null;
  const { count, hashes, buckets } = packed;
  if (!Number.isInteger(count) || !isAscendingIntegers(hashes) || !Array.isArray(buckets)) return null;
  return buckets.length === hashes.length && buckets.every((b) => typeof b === 'string') ? packed : null;
}
