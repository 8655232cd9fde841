import remoteAsset from 'virtual:knowledge-remote';
import { AliasFlag } from '../matching/alias-index';
import { findSorted } from '../matching/packed-index';
import { hashOf } from '../matching/tokenize';
import { hasPageWord } from '../matching/page-words';
import { EntityTable } from './entity-table';
import { readTownCountries } from './town-countries';
import { readKnowledgeAsset } from './knowledge-asset';
import type { RemoteReply } from './remote';
import type { RemoteIndex } from './types';

/** The remote index and its headers, read once per worker start. */
let loaded: Promise<{ remote: RemoteIndex; table: EntityTable; towns: Map<string, string> }> | null = null;

function load(): Promise<{ remote: RemoteIndex; table: EntityTable; towns: Map<string, string> }> {
  loaded ??= readKnowledgeAsset(remoteAsset).then(
    (text) => {
      const remote = JSON.parse(text) as RemoteIndex;
      return { remote, table: new EntityTable(remote.headers), towns: readTownCountries(remote.towns) };
    },
    (error: unknown) => {
      loaded = null;
      throw error;
    },
  );
  return loaded;
}

type Entry = [entity: number, flags: number, cases: number, words: string, gaps?: string[]];

/** An entry the build flagged as a person's name opening with a given name (see `AliasFlag.GivenFirst`). */
const flaggedGivenFirst = (entry: Entry) => (entry[1] & AliasFlag.GivenFirst) !== 0;

/** Whether the page holds every word of an entry's name after the first (the page asked for the first). */
const pageHolds = (entry: Entry, pageWords: Uint8Array) => entry[3].split(' ').every((word, k) => k === 0 || hasPageWord(pageWords, hashOf(word)));

/**
 * In the background: the remote buckets of the words a page met, and the headers of the
 * entities in them. Words that start no remote alias (the page's filter lets ~1 in 10
 * through by chance) are simply left out. With the bits of the page's words (see
 * `PageWords`), each bucket keeps only the names the page can hold: a page that met "Novo"
 * gets the few "Novo …" towns whose other words it has, not all 300 (the seed article's
 * answer shrinks from ~380 entities and 57 KB to a few dozen), so the page decodes and
 * holds next to nothing it cannot use.
 */
export async function remoteBucketsFor(hashes: readonly number[], pageWords: Uint8Array | null = null): Promise<RemoteReply> {
  const { remote, table, towns } = await load();
  const { packed } = remote;
  const reply: RemoteReply = { buckets: [], entities: [], contexts: [], towns: [] };
  const named = new Set<number>();
  for (const hash of new Set(hashes)) {
    const at = findSorted(packed.hashes, hash);
    if (at < 0) continue;
    const all = JSON.parse(packed.buckets[at]) as Entry[];
    const entries = pageWords === null ? all : all.filter((entry) => pageHolds(entry, pageWords));
    // A given name that opens none of the page's names still tells the page it is one (see `opensPersonName`).
    const givenFirst = all.find(flaggedGivenFirst);
    if (givenFirst !== undefined && !entries.some(flaggedGivenFirst)) entries.push(givenFirst);
    if (entries.length === 0) continue;
    reply.buckets.push([hash, entries.length === all.length ? packed.buckets[at] : JSON.stringify(entries)]);
    for (const entry of entries) named.add(entry[0]);
  }
  for (const p of named) {
    const id = table.id(p);
    reply.entities.push([p, id, table.type(p), table.name(p)]);
    const context = remote.contexts?.[id];
    const byTies = remote.tieContexts?.[id];
    if (context) reply.contexts.push([id, context]);
    else if (byTies) reply.contexts.push([id, byTies, true]);
    const country = towns.get(id);
    if (country !== undefined) reply.towns!.push([id, country]);
  }
  return reply;
}
