import cardsAsset from 'virtual:knowledge-cards';
import { bundledIds } from './bundled-tables';
import { readKnowledgeAsset } from './knowledge-asset';
import type { CardEntity } from './types';

/** Every card, one JSON text a line, and where each id's line starts: read once per worker start. */
let lines: Promise<{ text: string; starts: Map<string, number> }> | null = null;
const parsed = new Map<string, CardEntity>();

async function readLines(): Promise<{ text: string; starts: Map<string, number> }> {
  const text = await readKnowledgeAsset(cardsAsset);
  // Cards hold the page index's entities first, then the remote ones (see `indexEntities` in compile.ts).
  const starts = new Map<string, number>();
  let at = 0;
  for (const id of bundledIds()) {
    starts.set(id, at);
    const end = text.indexOf('\n', at);
    at = end < 0 ? text.length : end + 1;
  }
  return { text, starts };
}

/**
 * The bundled cards for `ids`, in the background. Each card is parsed the first time a page
 * asks for it: parsing all 19,000 at once took the worker about a second, during which no
 * other page got an answer.
 */
export async function bundledCards(ids: readonly string[]): Promise<CardEntity[]> {
  lines ??= readLines();
  let read: { text: string; starts: Map<string, number> };
  try {
    read = await lines;
  } catch (error) {
    lines = null; // try again on the next request
    throw error;
  }
  const out: CardEntity[] = [];
  for (const id of ids) {
    let card = parsed.get(id);
    const start = card ? undefined : read.starts.get(id);
    if (start !== undefined) {
      const end = read.text.indexOf('\n', start);
      card = JSON.parse(read.text.slice(start, end < 0 ? read.text.length : end)) as CardEntity;
      parsed.set(id, card);
    }
    if (card) out.push(card);
  }
  return out;
}
