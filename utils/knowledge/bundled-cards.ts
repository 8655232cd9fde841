import cardLines from 'virtual:knowledge-cards';
import bundled from 'virtual:knowledge-index';
import remote from 'virtual:knowledge-remote';
import { EntityTable } from './entity-table';
import type { CardEntity } from './types';

/** Where each card's line starts, by entity id: found once, with one `indexOf` per line. */
let lineStart: Map<string, number> | null = null;
const parsed = new Map<string, CardEntity>();

function indexLines(): Map<string, number> {
  // Cards hold the page index's entities first, then the remote ones (see `splitRemote`).
  const ids = [...new EntityTable(bundled.headers).allIds(), ...new EntityTable(remote.headers).allIds()];
  const starts = new Map<string, number>();
  let at = 0;
  for (const id of ids) {
    starts.set(id, at);
    const end = cardLines.indexOf('\n', at);
    at = end < 0 ? cardLines.length : end + 1;
  }
  return starts;
}

/**
 * The bundled cards for `ids`, in the background. Each card is parsed the first time a page
 * asks for it: parsing all 20,000 at once took the worker about a second, during which no
 * other page got an answer.
 */
export function bundledCards(ids: readonly string[]): CardEntity[] {
  lineStart ??= indexLines();
  const out: CardEntity[] = [];
  for (const id of ids) {
    let card = parsed.get(id);
    const start = card ? undefined : lineStart.get(id);
    if (start !== undefined) {
      const end = cardLines.indexOf('\n', start);
      card = JSON.parse(cardLines.slice(start, end < 0 ? cardLines.length : end)) as CardEntity;
      parsed.set(id, card);
    }
    if (card) out.push(card);
  }
  return out;
}
