import remoteAsset from 'virtual:knowledge-remote';
import { findSorted } from '../matching/packed-index';
import { EntityTable } from './entity-table';
import { readKnowledgeAsset } from './knowledge-asset';
import type { RemoteReply } from './remote';
import type { RemoteIndex } from './types';

/** The remote index and its headers, read once per worker start. */
let loaded: Promise<{ remote: RemoteIndex; table: EntityTable }> | null = null;

function load(): Promise<{ remote: RemoteIndex; table: EntityTable }> {
  loaded ??= readKnowledgeAsset(remoteAsset).then(
    (text) => {
      const remote = JSON.parse(text) as RemoteIndex;
      return { remote, table: new EntityTable(remote.headers) };
    },
    (error: unknown) => {
      loaded = null;
      throw error;
    },
  );
  return loaded;
}

/**
 * In the background: the remote buckets of the words a page met, and the headers of the
 * entities in them. Words that start no remote alias (the page's filter lets ~1 in 10
 * through by chance) are simply left out.
 */
export async function remoteBucketsFor(hashes: readonly number[]): Promise<RemoteReply> {
  const { remote, table } = await load();
  const { packed } = remote;
  const reply: RemoteReply = { buckets: [], entities: [], contexts: [] };
  const named = new Set<number>();
  for (const hash of new Set(hashes)) {
    const at = findSorted(packed.hashes, hash);
    if (at < 0) continue;
    const text = packed.buckets[at];
    reply.buckets.push([hash, text]);
    for (const entry of JSON.parse(text) as [number][]) named.add(entry[0]);
  }
  for (const p of named) {
    const id = table.id(p);
    reply.entities.push([p, id, table.type(p), table.name(p)]);
    const context = remote.contexts?.[id];
    if (context) reply.contexts.push([id, context]);
  }
  return reply;
}
