import { MAX_REMOTE_WORDS } from './knowledge/remote';
import { decodePageWords } from './matching/page-words';
import { ENTITY_ID } from './tab-messages';

/** Most cards one request may ask for: more than any page mentions, small enough to answer at once. */
export const MAX_CARDS_PER_REQUEST = 2000;

/**
 * Messages the background accepts from a page's content script: the cards of its mentions,
 * the gazetteer's buckets for capitalised words it met (by word hash, with the bits of every
 * word it holds: no page text; see `PageWords`), and a
 * place's locator map, by entity id (answered `{ map }`, null when it has none); and from the
 * popup, a look-up of what the reader typed (answered `{ hits }`).
 */
export type BackgroundMessage =
  | { type: 'cards'; ids: string[] }
  | { type: 'buckets'; hashes: number[]; words?: string }
  | { type: 'map'; id: string }
  | { type: 'search'; query: string };

/** Longest look-up the popup sends: longer than any name, short enough to scan at once. */
export const MAX_SEARCH_QUERY = 100;

/** Validates a message to the background, like `parseTabMessage`. */
export function parseBackgroundMessage(message: unknown): BackgroundMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'buckets') {
    if (!Array.isArray(m.hashes) || m.hashes.length > MAX_REMOTE_WORDS) return null;
    const hashes = m.hashes as unknown[];
    if (!hashes.every((h) => Number.isInteger(h) && (h as number) >= 0 && (h as number) < 2 ** 32)) return null;
    if (m.words === undefined) return { type: 'buckets', hashes: hashes as number[] };
    return decodePageWords(m.words) ? { type: 'buckets', hashes: hashes as number[], words: m.words as string } : null;
  }
  if (m.type === 'search') return typeof m.query === 'string' && m.query.length <= MAX_SEARCH_QUERY ? { type: 'search', query: m.query } : null;
  if (m.type === 'map') return typeof m.id === 'string' && m.id.length <= 100 && ENTITY_ID.test(m.id) ? { type: 'map', id: m.id } : null;
  if (m.type !== 'cards' || !Array.isArray(m.ids) || m.ids.length > MAX_CARDS_PER_REQUEST) return null;
  const ids = m.ids as unknown[];
  return ids.every((id) => typeof id === 'string' && id.length <= 100 && ENTITY_ID.test(id)) ? { type: 'cards', ids: ids as string[] } : null;
}
