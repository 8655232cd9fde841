import { describe, expect, it } from 'vitest';
import bundledAliases from 'virtual:knowledge-aliases';
import cardsJson from 'virtual:knowledge-cards';
import bundled from 'virtual:knowledge-index';
import { compileKnowledge } from '@/utils/knowledge/compile';
import { EntityTable } from '@/utils/knowledge/entity-table';
import { mergeKnowledge } from '@/utils/knowledge/merge';
import { checkPack } from '@/utils/knowledge/validate';
import { readKnowledgeFiles } from '@/utils/knowledge/vite-plugin';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import { findMatches } from '@/utils/matching/match';

const files = readKnowledgeFiles();
const entities = files.flatMap((f) => f.pack.entities);

describe('the bundled knowledge', () => {
  it('passes the validator, file by file and all together', () => {
    const allIds = new Set(entities.map((e) => e.id));
    for (const file of files) {
      const result = checkPack(file.pack, { knownIds: allIds });
      expect(result.ok ? [] : result.errors.slice(0, 5), file.name).toEqual([]);
    }
    expect(() => compileKnowledge(files)).not.toThrow();
  });

  it('agrees with the compiled index the extension ships', () => {
    const shipped = new EntityTable(bundled.headers);
    expect(shipped.allIds()).toEqual(entities.map((e) => e.id));
    expect(entities.map((_, p) => [shipped.type(p), shipped.name(p)])).toEqual(entities.map((e) => [e.type, e.name]));
    const cards = JSON.parse(cardsJson);
    entities.forEach((entity, i) => {
      const { aliases: _aliases, ...card } = entity;
      expect(cards[i]).toEqual(card);
    });
    const aliasCount = entities.reduce((n, e) => n + 1 + e.aliases.length, 0);
    expect(bundledAliases).toHaveLength(aliasCount);
  });

  it('reaches every entity by every alias through the shipped index, as through one built from the texts', () => {
    const shipped = mergeKnowledge(bundled, []).aliasIndex;
    const fromText = buildAliasIndex(bundledAliases);
    // The shipped index holds aliases that read alike once ("J.D. Vance", "J. D. Vance"); the matches below are the same.
    expect(shipped.aliasCount).toBeLessThan(fromText.aliasCount);
    expect(shipped.aliasCount).toBeGreaterThan(fromText.aliasCount * 0.9);
    const unreachable = entities.filter((entity, i) => {
      const found = findMatches([`Today, ${entity.name} was in the news.`], shipped);
      return !found.some((m) => m.entity === i && !m.weak);
    });
    expect(unreachable.map((e) => e.id)).toEqual([]);
    for (const [text] of bundledAliases) {
      const line = [`Today, ${text} was in the news.`];
      expect(findMatches(line, shipped), text).toEqual(findMatches(line, fromText));
    }
  });

  it('gives every entity a source URL and an as-of date', () => {
    for (const e of entities) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.sources.every((s) => s.url.startsWith('https://')), e.id).toBe(true);
      expect(e.asOf, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
