import type { ShippedHeaders } from './entity-table';
import { readStoredIndex, type StoredPackIndex } from './stored-index';
import { ENTITY_TYPES } from './types';

/**
 * What a page needs of an installed pack, kept in storage apart from the pack itself: its
 * entities' headers and its alias index, all strings. A page reading a 20,000-alias pack
 * whole (2.5 MB of objects with its index) held its main thread ~60–120 ms; these parts
 * (1.3 MB, mostly long strings) ~7–10 ms. Cards come from the background.
 */
export interface PagePack {
  /** The installed pack's key. */
  key: string;
  enabled: boolean;
  headers: ShippedHeaders;
  index: StoredPackIndex;
}

/** One digit per entity, each a place in `ENTITY_TYPES`. */
const TYPE_DIGITS = new RegExp(`^[0-${ENTITY_TYPES.length - 1}]*$`);

const lineCount = (text: string) => (text === '' ? 0 : text.split('\n').length);

/** A stored page pack when it is whole and of this version's format, else null. */
export function readPagePack(value: unknown): PagePack | null {
  if (typeof value !== 'object' || value === null) return null;
  const { key, enabled, headers, index } = value as Partial<PagePack>;
  if (typeof key !== 'string' || typeof enabled !== 'boolean' || readStoredIndex(index) === null) return null;
  if (typeof headers !== 'object' || headers === null) return null;
  const { ids, names, types } = headers;
  if (typeof ids !== 'string' || typeof names !== 'string' || typeof types !== 'string') return null;
  const count = types.length;
  return TYPE_DIGITS.test(types) && lineCount(ids) === count && lineCount(names) === count ? { key, enabled, headers, index: index! } : null;
}
