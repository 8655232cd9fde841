import type { CardEntity } from '@/utils/knowledge/types';
import { requestCards } from '@/utils/request-cards';

/**
 * Card text on this page. It lives in the background, so every page's script stays small
 * and never reads whole packs; the session asks for a card when the pointer comes to rest on
 * its name (the dwell covers the round trip) or when a card opens without a dwell (keyboard,
 * tap), and shows it when it comes. None for cards already here.
 */
export class CardCache {
  private readonly cards = new Map<string, CardEntity>();
  private readonly pending = new Map<string, Promise<void>>();
  /** Bumped by `clear`: an answer to an earlier request is not kept. */
  private generation = 0;

  constructor(private readonly fetchCards: (ids: string[]) => Promise<CardEntity[]> = requestCards) {}

  get(id: string): CardEntity | undefined {
    return this.cards.get(id);
  }

  /** Loads the cards of `ids` not yet here; settles when they are here or the request failed (then a later call asks again). */
  load(ids: Iterable<string>): Promise<void> {
    const waits: Promise<void>[] = [];
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      if (this.cards.has(id)) continue;
      const pending = this.pending.get(id);
      if (pending) waits.push(pending);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const wanted = new Set(missing);
      const generation = this.generation;
      const request = this.fetchCards(missing)
        .then((cards) => {
          if (generation !== this.generation) return;
          for (const card of cards) if (wanted.has(card.id)) this.cards.set(card.id, card);
        })
        .catch(() => undefined)
        .finally(() => {
          if (generation === this.generation) for (const id of missing) this.pending.delete(id);
        });
      for (const id of missing) this.pending.set(id, request);
      waits.push(request);
    }
    return Promise.all(waits).then(() => undefined);
  }

  /** Forgets every card (the reader's packs changed); later calls ask the background again. */
  clear(): void {
    this.generation++;
    this.cards.clear();
    this.pending.clear();
  }
}
