import cardsJson from 'virtual:knowledge-cards';
import bundled from 'virtual:knowledge-index';
import { EntityTable } from './entity-table';
import type { CardEntity } from './types';

let byId: Map<string, CardEntity> | null = null;

/**
 * The bundled cards for `ids`, in the background: parsed once, on the first request, so
 * neither pages nor the background's start-up pay for text no one has asked for yet.
 */
export function bundledCards(ids: readonly string[]): CardEntity[] {
  if (!byId) {
    const cards = JSON.parse(cardsJson) as CardEntity[];
    byId = new Map(new EntityTable(bundled.headers).allIds().map((id, i) => [id, cards[i]]));
  }
  return ids.flatMap((id) => byId!.get(id) ?? []);
}
