import type { HoverCardProps } from '@/components/HoverCard';
import type { isSheetViewport, placeCard, placeSheet } from './placement';

/**
 * What the card's own script (`entrypoints/card-ui`) hands the page part once loaded: the
 * card's rendering, stylesheet and placement. Kept out of the page part's script, which every
 * page compiles, because most pages never open a card.
 */
export interface CardUi {
  css: string;
  /** Renders the card for `props` into `container`, or empties it (null). */
  render(props: HoverCardProps | null, container: Element): void;
  placeCard: typeof placeCard;
  placeSheet: typeof placeSheet;
  isSheetViewport: typeof isSheetViewport;
}

/** Where the card's script leaves its `CardUi` in the content script's world. */
export const CARD_UI_KEY = Symbol.for('news-context.card-ui');

/** The card's script, as packaged (see `web_accessible_resources` in wxt.config.ts). */
export const CARD_UI_PATH = '/card-ui.js';
