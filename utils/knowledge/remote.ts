import { ENTITY_TYPES, type EntityType } from './types';
import type { MergedKnowledge } from './merge';

/** Most words one page asks the background for at once. */
export const MAX_REMOTE_WORDS = 4000;

/**
 * The background's answer to a page's words: the bucket text of each word that starts a
 * remote alias, and the header of every remote entity those buckets name (by its remote
 * number), so the page can mark and card them without holding the whole gazetteer.
 */
export interface RemoteReply {
  buckets: [hash: number, text: string][];
  entities: [remote: number, id: string, type: EntityType, name: string][];
  /**
   * The context names of those entities that have some (see `PlaceContext`): institutions under
   * a shared short name, and, marked `true`, bodies under a weak everyday name (see `tieContexts`).
   */
  contexts: ([id: string, names: string[]] | [id: string, names: string[], byTies: true])[];
  /** The country of each of those entities that is a town (see `TownQualifier`). */
  towns?: [id: string, country: string][];
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isContextName = (name: unknown) => typeof name === 'string' && name.length > 0 && name.length <= 300 && !/[\n<>]/.test(name);

/** Checks a reply as it arrives (it crosses a process boundary); anything malformed reads as null. */
export function readRemoteReply(raw: unknown): RemoteReply | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { buckets, entities, contexts = [], towns = [] } = raw as Partial<RemoteReply>;
  if (!Array.isArray(buckets) || !Array.isArray(entities) || !Array.isArray(contexts) || !Array.isArray(towns)) return null;
  const bucketsOk = buckets.every((b) => Array.isArray(b) && b.length === 2 && Number.isInteger(b[0]) && typeof b[1] === 'string');
  const entitiesOk = entities.every(
    (e) =>
      Array.isArray(e) && e.length === 4 && Number.isInteger(e[0]) && e[0] >= 0 && typeof e[1] === 'string' && ID.test(e[1]) &&
      (ENTITY_TYPES as readonly unknown[]).includes(e[2]) && typeof e[3] === 'string' && e[3].length <= 300 && !/[\n<>]/.test(e[3]),
  );
  const contextsOk = contexts.every(
    (c) =>
      Array.isArray(c) && (c.length === 2 || (c.length === 3 && c[2] === true)) && typeof c[0] === 'string' && ID.test(c[0]) && Array.isArray(c[1]) && c[1].every(isContextName),
  );
  const townsOk = towns.every((t) => Array.isArray(t) && t.length === 2 && typeof t[0] === 'string' && ID.test(t[0]) && isContextName(t[1]));
  return bucketsOk && entitiesOk && contextsOk && townsOk ? { buckets, entities, contexts, towns } : null;
}

/**
 * Adds a reply to the page's knowledge: its entities take positions after the bundled ones
 * (or keep a pack's, for an id a pack already gave), and its buckets join the index. Returns
 * the hashes that brought buckets (the words worth reading again) and the entities' positions.
 */
export function addRemoteReply(knowledge: MergedKnowledge, reply: RemoteReply): { hashes: Set<number>; entities: Set<number> } {
  const positions = new Map<number, number>();
  for (const [remote, id, type, name] of reply.entities) positions.set(remote, knowledge.entities.positionOf(id) ?? knowledge.entities.put({ id, type, name }));
  const texts = new Map(reply.buckets);
  knowledge.aliasIndex.addRemote?.(texts, positions);
  return { hashes: new Set(texts.keys()), entities: new Set(positions.values()) };
}
