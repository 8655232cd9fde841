import { judgedAliases } from '@/utils/knowledge/judged-aliases';
import type { Entity, Fact } from '@/utils/knowledge/types';
import { loadAmbiguityLists } from '@/utils/knowledge/word-lists';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import { eachMatch, type TextMatch } from '@/utils/matching/match';
import { indexPacked, packIndex } from '@/utils/matching/packed-index';

/** A small entity for rule tests: type, name, aliases and the offices its cues are checked against. */
export function entity(type: Entity['type'], name: string, aliases: Entity['aliases'] = [], offices: string[] = []): Entity {
  const facts: Fact[] = offices.map((value) => ({ label: 'Office', value }));
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { id, type, name, aliases, description: `${name}.`, facts, sources: [{ title: 't', url: 'https://example.org' }], asOf: '2025-10-01' };
}

/**
 * What the build's judged aliases (ambiguity model, cues, given-name variants) find in a
 * block of text, packed as pages load them: [entity name, matched text, 'weak'?] in order.
 * `taken` decides whether a weak match is marked (as the page's mention store does): by
 * default only strong ones are, so the matcher looks inside a weak one that waits.
 */
export function matcherFor(entities: Entity[], taken: (m: Readonly<TextMatch>) => boolean = (m) => !m.weak) {
  const aliases = judgedAliases(entities, loadAmbiguityLists());
  const indexes = [buildAliasIndex(aliases), indexPacked(packIndex(aliases))];
  return (...parts: string[]) => {
    const results = indexes.map((index) => {
      const found: (string | number)[][] = [];
      eachMatch(parts, index, parts.length, (m) => {
        const text =
          m.startPart === m.endPart
            ? parts[m.startPart].slice(m.startOffset, m.endOffset)
            : parts[m.startPart].slice(m.startOffset) + parts.slice(m.startPart + 1, m.endPart).join('') + parts[m.endPart].slice(0, m.endOffset);
        found.push(m.weak ? [entities[m.entity].name, text, 'weak'] : [entities[m.entity].name, text]);
        return taken(m);
      });
      return found;
    });
    if (JSON.stringify(results[0]) !== JSON.stringify(results[1])) throw new Error(`packed and text indexes differ: ${JSON.stringify(results)}`);
    return results[0];
  };
}
