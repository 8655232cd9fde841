import type { EntityType } from './knowledge/types';

/*
 * Messages to a page's content script, apart from the background's (`messages.ts`): the content
 * script that every page loads imports these, and nothing of the page part's text handling.
 */

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

/** An entity's id, as the knowledge writes them: lower-case words joined by hyphens. */
export const ENTITY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

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
      return typeof m.id === 'string' && ENTITY_ID.test(m.id) && m.id.length <= 100 ? { type: 'focus-entity', id: m.id } : null;
    default:
      return null;
  }
}

/** Only the extension's own pages and background may talk to the content script. */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender?.id === ownId;
}
