import { bundledCards } from './knowledge/bundled-cards';
import { toCard } from './knowledge/compile';
import type { CardEntity } from './knowledge/types';
import { packsSetting, type InstalledPack } from './packs';

/** The enabled packs' cards by id; a later pack's entity wins, as it does on pages. */
function packCardsOf(installed: readonly InstalledPack[]): Map<string, CardEntity> {
  const cards = new Map<string, CardEntity>();
  for (const { enabled, pack } of installed) if (enabled) for (const entity of pack.entities) cards.set(entity.id, toCard(entity));
  return cards;
}

let packCards: Promise<Map<string, CardEntity>> | null = null;

/** Forgets the packs' cards: the background calls it whenever packs change. */
export function forgetPackCards(): void {
  packCards = null;
}

/**
 * The cards for `ids`, in the background: a reader's pack card wins over the bundled one of
 * the same id. Packs are read from storage once, on the first request after a change, so
 * pages never read whole packs.
 */
export async function cardsFor(ids: readonly string[]): Promise<CardEntity[]> {
  const fromPacks = await (packCards ??= packsSetting.get().then(packCardsOf));
  const packed = ids.flatMap((id) => fromPacks.get(id) ?? []);
  return [...packed, ...(await bundledCards(ids.filter((id) => !fromPacks.has(id))))];
}
