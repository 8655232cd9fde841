import { CARD_UI_KEY, CARD_UI_PATH, type CardUi } from '@/utils/card/card-ui';
import { packagedUrl } from '@/utils/packaged-url';

type WithCardUi = typeof globalThis & { [CARD_UI_KEY]?: CardUi };

let loading: Promise<CardUi> | null = null;

/**
 * The card's UI, imported into this content script's world on first need (a reader resting on
 * a name, or opening a card from the keyboard) and kept. A failed load is tried again next time.
 */
export function loadCardUi(): Promise<CardUi> {
  loading ??= importCardUi().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function importCardUi(): Promise<CardUi> {
  const world = globalThis as WithCardUi;
  if (!world[CARD_UI_KEY]) await import(/* @vite-ignore */ packagedUrl(CARD_UI_PATH));
  const ui = world[CARD_UI_KEY];
  if (!ui) throw new Error(`news-context: ${CARD_UI_PATH} loaded but left no card UI`);
  return ui;
}
