import { MAX_REMOTE_WORDS } from './knowledge/remote';
import type { EntityType } from './knowledge/types';
import { decodePageWords } from './matching/page-words';

/** Keyboard commands declared in the manifest, forwarded from the background to the tab. */
export const COMMANDS = ['open-first-card', 'next-mention', 'previous-mention'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Messages the content script accepts. */
export type TabMessage =
  | { type: 'command'; command: CommandName }
  | { type: 'page-info' }
  | { type: 'focus-entity'; id: string };

/** What the popup learns from the tab's content script (no `tabs` permission needed). */
export interface PageInfo {
  href: string;
  origin: string;
  running: boolean;
  entities: PageEntity[];
}

/** One entry of the popup's "On this page" list. */
export interface PageEntity {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Validates an incoming message: anything malformed is dropped, never half-handled. */
export function parseTabMessage(message: unknown): TabMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'command':
      return (COMMANDS as readonly unknown[]).includes(m.command) ? { type: 'command', command: m.command as CommandName } : null;
    case 'page-info':
      return { type: 'page-info' };
    case 'focus-entity':
      return typeof m.id === 'string' && ID.test(m.id) && m.id.length <= 100 ? { type: 'focus-entity', id: m.id } : null;
    default:
      return null;
  }
}

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
  if (m.type === 'map') return typeof m.id === 'string' && m.id.length <= 100 && ID.test(m.id) ? { type: 'map', id: m.id } : null;
  if (m.type !== 'cards' || !Array.isArray(m.ids) || m.ids.length > MAX_CARDS_PER_REQUEST) return null;
  const ids = m.ids as unknown[];
  return ids.every((id) => typeof id === 'string' && id.length <= 100 && ID.test(id)) ? { type: 'cards', ids: ids as string[] } : null;
}

/** Only the extension's own pages and background may talk to the content script. */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender?.id === ownId;
}
