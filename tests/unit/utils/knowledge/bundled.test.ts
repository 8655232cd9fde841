import { describe, expect, it } from 'vitest';
import bundledAliases from 'virtual:knowledge-aliases';
import cardsAsset from 'virtual:knowledge-cards';
import bundled from 'virtual:knowledge-index';
import remoteAsset from 'virtual:knowledge-remote';
import { readKnowledgeAsset } from '@/utils/knowledge/knowledge-asset';
import type { RemoteIndex } from '@/utils/knowledge/types';
import { compileKnowledge, shipsToPages } from '@/utils/knowledge/compile';
import { EntityTable } from '@/utils/knowledge/entity-table';
import { mergeKnowledge } from '@/utils/knowledge/merge';
import { addRemoteReply } from '@/utils/knowledge/remote';
import { remoteBucketsFor } from '@/utils/knowledge/remote-buckets';
import { checkPack } from '@/utils/knowledge/validate';
import { readKnowledgeFiles } from '@/utils/knowledge/vite-plugin';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import { findMatches } from '@/utils/matching/match';
import { createWord, nextWord } from '@/utils/matching/tokenize';

const files = readKnowledgeFiles();
const tagged = files.flatMap((f) => f.pack.entities.map((entity) => ({ entity, local: shipsToPages(f.name, entity) })));
const local = tagged.filter((t) => t.local).map((t) => t.entity);
const remoteEntities = tagged.filter((t) => !t.local).map((t) => t.entity);
/** Every entity in the order the build numbers them: the page index's, then the background's. */
const entities = [...local, ...remoteEntities];

describe('the bundled knowledge', () => {
  it('passes the validator, file by file and all together', () => {
    const allIds = new Set(entities.map((e) => e.id));
    for (const file of files) {
      const result = checkPack(file.pack, { knownIds: allIds, aliasClashes: false });
      expect(result.ok ? [] : result.errors.slice(0, 5), file.name).toEqual([]);
    }
    expect(() => compileKnowledge(files)).not.toThrow();
    // Compiling 20,000 entities takes 3–4 s alone and more beside the other test files on two cores.
  }, 30_000);

  it('ships the entities news names most to pages, and the long tail to the background', async () => {
    const remote = JSON.parse(await readKnowledgeAsset(remoteAsset)) as RemoteIndex;
    const cardLines = await readKnowledgeAsset(cardsAsset);
    const shipped = new EntityTable(bundled.headers);
    expect(shipped.allIds()).toEqual(local.map((e) => e.id));
    expect(local.map((_, p) => [shipped.type(p), shipped.name(p)])).toEqual(local.map((e) => [e.type, e.name]));
    const away = new EntityTable(remote.headers);
    expect(away.allIds()).toEqual(remoteEntities.map((e) => e.id));
    const cards = cardLines.split('\n').map((line) => JSON.parse(line));
    expect(cards).toHaveLength(entities.length);
    entities.forEach((entity, i) => {
      const { aliases: _aliases, ...card } = entity;
      expect(cards[i]).toEqual(card);
    });
  });

  it('reaches every entity by its name through what pages load, as through an index built from the texts', async () => {
    const page = mergeKnowledge(bundled, []);
    const fromText = buildAliasIndex(bundledAliases);
    // A page of every year: each event's dated names ("Hague summit") stand for it too (see `dated-names.ts`).
    page.aliasIndex.datedFits = fromText.datedFits = () => true;
    const word = createWord();
    // A page asks the background for the buckets of every capitalised word it meets.
    const ask = async (text: string) => {
      const hashes: number[] = [];
      for (let pos = 0; nextWord(text, pos, word); pos = word.end) hashes.push(word.hash);
      addRemoteReply(page, await remoteBucketsFor(hashes));
    };
    const unreachable: string[] = [];
    for (const [i, entity] of entities.entries()) {
      const line = `Today, ${entity.name} was in the news.`;
      if (i >= local.length) await ask(line);
      const found = findMatches([line], page.aliasIndex);
      const position = i < local.length ? i : page.entities.positionOf(entity.id);
      if (!found.some((m) => m.entity === position)) unreachable.push(entity.id);
    }
    expect(unreachable).toEqual([]);
    // The page index finds what an index built from every alias's text finds, entity for entity.
    for (const [text, entity] of bundledAliases.filter(([, e]) => e < local.length).slice(0, 3000)) {
      const line = [`Today, ${text} was in the news.`];
      // By id: the background's entities take their places on a page in the order they arrive.
      const fromPage = findMatches(line, page.aliasIndex).map((m) => page.entities.id(m.entity));
      expect(fromPage, text).toEqual(findMatches(line, fromText).map((m) => entities[m.entity].id));
      expect(fromPage.length > 0 || entity < 0, text).toBe(true);
    }
    // Some 20,000 entities, each matched in its own line against a page that grows with them:
    // ~45 s alone on a 2-core machine, twice that beside other work; not the default 5.
  }, 180_000);

  // A page entity that holds such a name keeps it from every party the background serves
  // (see `withGenericShortNames`): the UK's tiny SDP held "Social Democratic Party" from
  // Romania's, Germany's and Finland's, and Honduras' Liberal Party held Canada's name.
  it("gives a party name many countries share to their parties alike, not to one page entity", () => {
    for (const name of ['Social Democratic Party', 'Liberal Party', "People's Party", 'National Party']) {
      const holders = new Set(bundledAliases.filter(([text]) => text === name).map(([, entity]) => entity));
      expect(holders.size, name).toBeGreaterThanOrEqual(3);
    }
  });

  // A page entity's weak "Supreme Court" or "Parliament" (the U.S. court's, the European
  // Parliament's) is shared too: India's court and Hungary's parliament go by the same names at home.
  it('shares a body name every country has, held weakly by a page entity, with the bodies the background serves', () => {
    for (const name of ['Supreme Court', 'Parliament', 'Senate', 'House of Representatives']) {
      const holders = new Set(bundledAliases.filter(([text]) => text === name).map(([, entity]) => entity));
      expect([...holders].some((entity) => entity < local.length), name).toBe(true);
      expect([...holders].filter((entity) => entity >= local.length).length, name).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every entity a source URL and an as-of date', () => {
    for (const e of entities) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.sources.every((s) => s.url.startsWith('https://')), e.id).toBe(true);
      expect(e.asOf, e.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });
});
