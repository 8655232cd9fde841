import { describe, expect, it } from 'vitest';
import remoteAsset from 'virtual:knowledge-remote';
import { readKnowledgeAsset } from '@/utils/knowledge/knowledge-asset';
import { remoteBucketsFor } from '@/utils/knowledge/remote-buckets';
import { readRemoteReply, type RemoteReply } from '@/utils/knowledge/remote';
import { AliasFlag } from '@/utils/matching/alias-index';
import { addPageWord, createPageWords } from '@/utils/matching/page-words';
import { hashOf } from '@/utils/matching/tokenize';

describe('the background’s remote buckets', () => {
  it('answers the words that start a gazetteer name with their buckets and the entities they name', async () => {
    const reply = await remoteBucketsFor([hashOf('Lebedyn'), hashOf('Zzyzzqx')]);
    expect(readRemoteReply(reply)).not.toBeNull();
    expect(reply.buckets).toHaveLength(1);
    expect(reply.entities.map((e) => e[1])).toContain('lebedyn-ua');
    expect(JSON.parse(await readKnowledgeAsset(remoteAsset)).packed.count).toBeGreaterThan(10_000);
  });

  it('sends the context of an institution that goes by a shared short name, with the bucket that names it', async () => {
    // "Constitutional Court" is Romania's, Ukraine's, Spain's… at home: each comes with its country's names.
    const reply = await remoteBucketsFor([hashOf('Constitutional')]);
    expect(readRemoteReply(reply)).not.toBeNull();
    const romania = reply.contexts.find(([id]) => id === 'constitutional-court-of-romania');
    expect(romania?.[1]).toEqual(expect.arrayContaining(['Romania', 'Bucharest']));
    // Only entities the reply names have a context in it; towns have none.
    const named = new Set(reply.entities.map((e) => e[1]));
    expect(reply.contexts.every(([id]) => named.has(id))).toBe(true);
    expect((await remoteBucketsFor([hashOf('Lebedyn')])).contexts).toEqual([]);
  });

  it('sends what is tied to a body news calls by a weak everyday name, marked as such ("Arsenal": its coach, not its league)', async () => {
    const reply = await remoteBucketsFor([hashOf('Arsenal')]);
    expect(readRemoteReply(reply)).not.toBeNull();
    const arsenal = reply.contexts.find(([id]) => id === 'arsenal-fc');
    expect(arsenal?.[1]).toContain('Mikel Arteta');
    // The league is tied to every club in it: it says a story is about football, not about Arsenal.
    expect(arsenal?.[1]).not.toContain('Premier League');
    expect(arsenal?.[2]).toBe(true);
  });

  it('sends the country of each town it names, for "Athens, Georgia" (see `TownQualifier`)', async () => {
    const reply = await remoteBucketsFor([hashOf('Athens'), hashOf('Constitutional')]);
    expect(readRemoteReply(reply)).not.toBeNull();
    expect(reply.towns).toContainEqual(['athens-gr', 'Greece']);
    // Towns only: no court, no region.
    expect(reply.towns?.some(([id]) => id.startsWith('constitutional-court'))).toBe(false);
  });
});

describe('a given name the page met', () => {
  it('comes with one person whose name it opens, though the page holds none of their other words ("Jimmy Buffett")', async () => {
    const words = createPageWords();
    addPageWord(words, hashOf('Jimmy'));
    addPageWord(words, hashOf('Buffett'));
    const reply = await remoteBucketsFor([hashOf('Jimmy')], words.bits);
    expect(reply.buckets).toHaveLength(1);
    const entries = JSON.parse(reply.buckets[0][1]) as [number, number][];
    expect(entries).toHaveLength(1);
    expect(entries[0][1] & AliasFlag.GivenFirst).toBe(AliasFlag.GivenFirst);
    // An everyday word that is also a given name opens no one's name so: nothing is sent.
    addPageWord(words, hashOf('Will'));
    expect((await remoteBucketsFor([hashOf('Will')], words.bits)).buckets.every(([, text]) => (JSON.parse(text) as [number, number][]).every(([, flags]) => (flags & AliasFlag.GivenFirst) === 0))).toBe(true);
  });
});

describe('a reply as the page reads it', () => {
  const reply = { buckets: [[1, '[[0,0]]']], entities: [[0, 'psd-romania', 'organization', 'Social Democratic Party (Romania)']] };

  it('takes context names with the entities, and an older reply without them', () => {
    expect(readRemoteReply({ ...reply, contexts: [['psd-romania', ['Romania', 'Bucharest']]] })?.contexts).toEqual([['psd-romania', ['Romania', 'Bucharest']]]);
    expect(readRemoteReply(reply)?.contexts).toEqual([]);
    expect(readRemoteReply({ ...reply, contexts: [['psd-romania', ['Romania'], true]] })?.contexts).toEqual([['psd-romania', ['Romania'], true]]);
  });

  it('reads malformed contexts as no reply at all', () => {
    expect(readRemoteReply({ ...reply, contexts: 'Romania' })).toBeNull();
    expect(readRemoteReply({ ...reply, contexts: [['Not An Id', ['Romania']]] })).toBeNull();
    expect(readRemoteReply({ ...reply, contexts: [['psd-romania', ['<img src=x>']]] })).toBeNull();
    expect(readRemoteReply({ ...reply, contexts: [['psd-romania', [42]]] })).toBeNull();
    expect(readRemoteReply({ ...reply, contexts: [['psd-romania', ['Romania'], 'yes']] })).toBeNull();
  });

  it("takes towns' countries, and reads malformed ones as no reply", () => {
    expect(readRemoteReply({ ...reply, contexts: [], towns: [['athens-gr', 'Greece']] })?.towns).toEqual([['athens-gr', 'Greece']]);
    expect(readRemoteReply(reply)?.towns).toEqual([]);
    expect(readRemoteReply({ ...reply, towns: [['athens-gr']] })).toBeNull();
    expect(readRemoteReply({ ...reply, towns: [['Athens GR', 'Greece']] })).toBeNull();
    expect(readRemoteReply({ ...reply, towns: [['athens-gr', '<b>Greece</b>']] })).toBeNull();
  });
});

describe('the background’s answer cut to the page’s words', () => {
  const pageWith = (...words: string[]) => {
    const page = createPageWords();
    for (const word of words) addPageWord(page, hashOf(word));
    return page.bits;
  };
  const names = (reply: RemoteReply) => reply.entities.map((e) => e[3]);

  it('keeps only the names whose other words the page holds', async () => {
    const all = await remoteBucketsFor([hashOf('Nova')]);
    expect(all.entities.length).toBeGreaterThan(10);
    const cut = await remoteBucketsFor([hashOf('Nova')], pageWith('nova', 'zagora', 'drones'));
    expect(readRemoteReply(cut)).not.toBeNull();
    expect(names(cut)).toContain('Nova Zagora');
    expect(names(cut)).not.toContain('Nova Scotia');
    expect(cut.entities.length).toBeLessThan(4);
    // The bucket text is cut too: the page decodes only what it can match.
    expect(cut.buckets[0][1].length).toBeLessThan(all.buckets[0][1].length / 5);
  });

  it('leaves out a word none of whose names the page can hold, and keeps one-word names', async () => {
    expect((await remoteBucketsFor([hashOf('Nova')], pageWith('nova'))).buckets).toEqual([]);
    expect(names(await remoteBucketsFor([hashOf('Lebedyn')], pageWith('lebedyn')))).toContain('Lebedyn');
  });
});
