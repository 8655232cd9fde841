import { browser } from 'wxt/browser';
import type { CardEntity } from './knowledge/types';
import type { BackgroundMessage } from './messages';

/**
 * Asks the background for cards (bundled, or a reader's pack's), from a page or the popup;
 * anything but a list of cards counts as none.
 */
export async function requestCards(ids: string[]): Promise<CardEntity[]> {
  const message: BackgroundMessage = { type: 'cards', ids };
  const reply: unknown = await browser.runtime.sendMessage(message);
  const cards = (reply as { cards?: unknown } | undefined)?.cards;
  return Array.isArray(cards) ? cards.filter((c): c is CardEntity => typeof c?.id === 'string' && typeof c?.name === 'string') : [];
}
