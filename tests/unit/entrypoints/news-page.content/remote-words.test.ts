// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MentionStore } from '@/entrypoints/news-page.content/mentions';
import { RemoteWords } from '@/entrypoints/news-page.content/remote-words';
import { Scanner } from '@/entrypoints/news-page.content/scanner';
import { EntityTable, shipHeaders } from '@/utils/knowledge/entity-table';
import type { MergedKnowledge } from '@/utils/knowledge/merge';
import { MAX_REMOTE_WORDS, type RemoteReply } from '@/utils/knowledge/remote';
import { AliasFlag } from '@/utils/matching/alias-index';
import { indexPacked, packIndex } from '@/utils/matching/packed-index';
import { readFilter, writeFilter } from '@/utils/matching/remote-filter';

/** A page's knowledge with Kyiv local, and a background that holds Lebedyn and Okhtyrka. */
function setUp() {
  const remote = packIndex([['Lebedyn', 0, 0], ['Okhtyrka', 1, 0]]);
  const knowledge: MergedKnowledge = {
    entities: new EntityTable(shipHeaders([{ id: 'kyiv', type: 'place', name: 'Kyiv' }])),
    aliasIndex: indexPacked(packIndex([['Kyiv', 0, 0]]), [], readFilter(writeFilter(remote.hashes))),
  };
  const asked: number[][] = [];
  const background = async (hashes: number[]): Promise<RemoteReply> => {
    asked.push(hashes);
    const at = (h: number) => remote.hashes.indexOf(h);
    return {
      buckets: hashes.filter((h) => at(h) >= 0).map((h) => [h, remote.buckets[at(h)]]),
      entities: [
        [0, 'lebedyn-ua', 'place', 'Lebedyn'],
        [1, 'okhtyrka-ua', 'place', 'Okhtyrka'],
      ],
      contexts: [],
    };
  };
  return { knowledge, asked, background };
}

type Header = Parameters<typeof shipHeaders>[0][number];
type Packed = Parameters<typeof packIndex>[0];

/** A page that holds `local`'s entities and names, and a background that holds `remote`'s. */
function pageWithBackground(local: { headers: Header[]; aliases: Packed }, remote: { aliases: Packed; entities: RemoteReply['entities'] }) {
  const packed = packIndex(remote.aliases);
  const knowledge: MergedKnowledge = {
    entities: new EntityTable(shipHeaders(local.headers)),
    aliasIndex: indexPacked(packIndex(local.aliases), [], readFilter(writeFilter(packed.hashes))),
  };
  const background = async (hashes: number[]): Promise<RemoteReply> => ({
    buckets: hashes.filter((h) => packed.hashes.includes(h)).map((h) => [h, packed.buckets[packed.hashes.indexOf(h)]]),
    entities: remote.entities,
    contexts: [],
  });
  /** The names marked by the first scan, and once the background's have come. */
  const read = async (html: string, store = new MentionStore()) => {
    document.body.innerHTML = html;
    const words = new RemoteWords();
    const scanner = new Scanner(store, knowledge.aliasIndex, undefined, (hash, node) => words.note(hash, node));
    scanner.scanNow(document.querySelector('article')!, true);
    const first = [...store.all()].map((m) => knowledge.entities.name(m.entity));
    const { nodes, entities } = await words.fetchInto(knowledge, background);
    scanner.scanForNew(nodes, (entity) => entities.has(entity));
    return [first, [...store.all()].map((m) => knowledge.entities.name(m.entity))];
  };
  return { knowledge, background, read };
}

describe('names the background holds', () => {
  it('are asked for once, after the scan, and added without touching what is marked', async () => {
    const { knowledge, asked, background } = setUp();
    document.body.innerHTML = '<article><p>Drones hit Lebedyn and Okhtyrka, north of Kyiv.</p><p>Lebedyn again.</p></article>';
    const store = new MentionStore();
    const words = new RemoteWords();
    const scanner = new Scanner(store, knowledge.aliasIndex, undefined, (hash, node) => words.note(hash, node));
    scanner.scanNow(document.querySelector('article')!, true);
    const kyiv = [...store.all()];
    expect(kyiv.map((m) => knowledge.entities.name(m.entity))).toEqual(['Kyiv']);
    const { nodes, entities } = await words.fetchInto(knowledge, background);
    scanner.scanForNew(nodes, (entity) => entities.has(entity));
    const names = [...store.all()].map((m) => knowledge.entities.name(m.entity)).sort();
    expect(names).toEqual(['Kyiv', 'Lebedyn', 'Lebedyn', 'Okhtyrka']);
    // The mention found first is the same object: a card open on it stays open.
    expect([...store.all()].find((m) => knowledge.entities.name(m.entity) === 'Kyiv')).toBe(kyiv[0]);
    // Asked once; a second scan of the same words asks nothing more.
    scanner.scanNow(document.querySelector('article')!);
    expect((await words.fetchInto(knowledge, background)).nodes).toEqual([]);
    expect(asked).toHaveLength(1);
  });

  it('leave a name of theirs alone that the page wrote as a given name, as the first scan does ("Savannah Price … Savannah said")', async () => {
    const { read } = pageWithBackground(
      { headers: [{ id: 'kyiv', type: 'place', name: 'Kyiv' }], aliases: [['Kyiv', 0, 0]] },
      { aliases: [['Savannah', 0, AliasFlag.GivenName]], entities: [[0, 'savannah-us', 'place', 'Savannah']] },
    );
    const after = async (html: string) => (await read(html, new MentionStore({ has: () => false, score: () => 0, isPerson: () => false })))[1];
    expect(await after('<article><p>Savannah Price, who runs the diner, stayed open.</p><p>Savannah said the town held up.</p></article>')).toEqual([]);
    expect(await after('<article><p>Storms hit Savannah and the coast.</p></article>')).toEqual(['Savannah']);
  });

  it('take no marked name away for a weak longer one of theirs that only waits ("India–EU summit"); a strong one wins', async () => {
    const remote = packIndex([['India EU summit', 0, AliasFlag.Weak], ['EU India Summit 2026', 1, 0]]);
    const knowledge: MergedKnowledge = {
      entities: new EntityTable(shipHeaders([{ id: 'india', type: 'place', name: 'India' }, { id: 'european-union', type: 'organization', name: 'EU' }])),
      aliasIndex: indexPacked(packIndex([['India', 0, 0], ['EU', 1, 0]]), [], readFilter(writeFilter(remote.hashes))),
    };
    const background = async (hashes: number[]): Promise<RemoteReply> => ({
      buckets: hashes.filter((h) => remote.hashes.includes(h)).map((h) => [h, remote.buckets[remote.hashes.indexOf(h)]]),
      entities: [
        [0, 'india-eu-summit', 'event', 'India–EU Summit'],
        [1, 'eu-india-summit-2026', 'event', 'EU–India Summit 2026'],
      ],
      contexts: [],
    });
    document.body.innerHTML = '<article><p>Leaders meet at an India–EU summit in Delhi. The EU India Summit 2026 ended.</p></article>';
    const store = new MentionStore();
    const words = new RemoteWords();
    const scanner = new Scanner(store, knowledge.aliasIndex, undefined, (hash, node) => words.note(hash, node));
    scanner.scanNow(document.querySelector('article')!, true);
    const { nodes, entities } = await words.fetchInto(knowledge, background);
    scanner.scanForNew(nodes, (entity) => entities.has(entity));
    expect([...store.all()].map((m) => knowledge.entities.name(m.entity))).toEqual(['India', 'EU', 'EU–India Summit 2026']);
  });

  it('let a weak longer name take the place of names inside it that only wait ("Council" in "National Security and Defense Council")', async () => {
    const { read } = pageWithBackground(
      { headers: [{ id: 'european-council', type: 'organization', name: 'European Council' }], aliases: [['Council', 0, AliasFlag.Weak]] },
      {
        aliases: [
          ['National Security and Defense Council of Ukraine', 0, 0],
          ['National Security and Defense Council', 0, AliasFlag.Weak],
        ],
        entities: [[0, 'nsdc', 'organization', 'National Security and Defense Council of Ukraine']],
      },
    );
    // The full name first, then its short form, which the European Council's waiting "Council" had kept out.
    const html = '<article><p>The National Security and Defense Council of Ukraine met.</p><p>Later the National Security and Defense Council spoke.</p></article>';
    expect(await read(html)).toEqual([[], ['National Security and Defense Council of Ukraine', 'National Security and Defense Council of Ukraine']]);
  });

  it('take a marked name away for a weak longer one of theirs that only adds capitalised words before it ("Constitutional Democratic Party")', async () => {
    const { read } = pageWithBackground(
      { headers: [{ id: 'democratic-party-us', type: 'organization', name: 'Democratic Party' }], aliases: [['Democratic Party', 0, 0]] },
      { aliases: [['Constitutional Democratic Party', 0, AliasFlag.Weak]], entities: [[0, 'constitutional-democratic-party-of-japan', 'organization', 'Constitutional Democratic Party of Japan']] },
    );
    // The first scan could not know the longer name; once it comes, the U.S. party is no longer marked inside it.
    expect(await read('<article><p>Voters in Tokyo backed the Constitutional Democratic Party and Komeito.</p></article>')).toEqual([['Democratic Party'], []]);
    // A capitalised word the longer name does not add leaves the mark: only the name's own words count.
    expect(await read('<article><p>Voters backed the Democratic Party, not the Constitutional one.</p></article>')).toEqual([['Democratic Party'], ['Democratic Party']]);
  });

  it('hands back the text nodes to read again once each, in the page\'s order', async () => {
    const { knowledge, background } = setUp();
    document.body.innerHTML = '<p>Okhtyrka first.</p><p>Then Lebedyn and Okhtyrka.</p><p>Lebedyn last.</p>';
    const [first, second, third] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const store = new MentionStore();
    const words = new RemoteWords();
    const scanner = new Scanner(store, knowledge.aliasIndex, undefined, (hash, node) => words.note(hash, node));
    // Noted out of order (a live change, then the rest): Lebedyn's nodes first.
    scanner.scanNow(document.querySelectorAll('p')[2]);
    scanner.scanNow(document.body);
    const { nodes } = await words.fetchInto(knowledge, background);
    expect(nodes).toEqual([first, second, third]);
  });

  it('keeps the text nodes of the words left for the next message when a page has more than one message holds', async () => {
    const { knowledge, background } = setUp();
    document.body.innerHTML = '<p>Filler words.</p><p>Drones hit Lebedyn.</p>';
    const [filler, lebedyn] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const words = new RemoteWords();
    // A message's worth of words the background has nothing for, noted before Lebedyn.
    for (let hash = 1; hash <= MAX_REMOTE_WORDS; hash++) words.note(hash, filler);
    new Scanner(new MentionStore(), knowledge.aliasIndex, undefined, (hash, node) => words.note(hash, node)).scanNow(document.body);
    expect((await words.fetchInto(knowledge, background)).nodes).toEqual([]);
    expect((await words.fetchInto(knowledge, background)).nodes).toEqual([lebedyn]);
  });

  it('are asked again once later text brings words the page did not hold: the answer was cut to the page’s words', async () => {
    const { knowledge, asked, background } = setUp();
    document.body.innerHTML = '<article><p>Drones hit Lebedyn.</p></article>';
    const store = new MentionStore();
    const words = new RemoteWords();
    const scanner = new Scanner(store, knowledge.aliasIndex, undefined, (hash, node) => words.note(hash, node), words.pageWords);
    const article = document.querySelector('article')!;
    scanner.scanNow(article, true);
    await words.fetchInto(knowledge, background);
    // The same words again (a rescan): nothing new to ask.
    scanner.scanNow(article);
    await words.fetchInto(knowledge, background);
    expect(asked).toHaveLength(1);
    // A live update with a word the page never held: Lebedyn is asked again, with it.
    const update = document.createElement('p');
    update.textContent = 'Lebedyn district shelled.';
    article.append(update);
    scanner.scanNow(update);
    const { nodes } = await words.fetchInto(knowledge, background);
    expect(asked).toHaveLength(2);
    expect(asked[1]).toEqual(asked[0]);
    expect(nodes).toEqual([update.firstChild]);
  });

  it('a reply that is not the background’s shape reads as none', async () => {
    const { knowledge } = setUp();
    document.body.innerHTML = '<p>Lebedyn</p>';
    const words = new RemoteWords();
    words.note(1, document.querySelector('p')!.firstChild as Text);
    expect((await words.fetchInto(knowledge, async () => null)).nodes).toEqual([]);
  });
});
