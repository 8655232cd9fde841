import cardsJson from 'virtual:knowledge-cards';
import bundled from 'virtual:knowledge-index';
import type { CardEntity } from './types';

let byId: Map<string, CardEntity> | null = null;

/**
 * The bundled cards for `ids`, in the background: parsed once, on the first request, so
 * neither pages nor the background's start-up pay for text no one has asked for yet.
 */
export function bundledCards(ids: readonly string[]): CardEntity[] {
  if (!byId) {
    const cards = JSON.parse(cardsJson) as CardEntity[];
    byId = new Map(bundled.entities.map((e, i) => [e.id, cards[i]]));
  }
  return ids.flatMap((id) => byId!.get(id) ?? []);
}
