import { indexEntities } from './compile';
import type { CompiledIndex, KnowledgePack } from './types';

/**
 * The bundled index plus the reader's enabled packs. A pack entity with a bundled id replaces
 * that card (the reader's entry wins) and adds its aliases; new ids add new entities.
 */
export function mergeKnowledge(bundled: CompiledIndex, packs: KnowledgePack[]): CompiledIndex {
  if (packs.length === 0) return bundled;
  const entities = [...bundled.entities];
  const aliases = [...bundled.aliases];
  const position = new Map(entities.map((e, i) => [e.id, i]));
  for (const pack of packs) {
    const compiled = indexEntities(pack.entities, pack.asOf, pack.version);
    const target = compiled.entities.map((card) => {
      const existing = position.get(card.id);
      if (existing !== undefined) {
        entities[existing] = card;
        return existing;
      }
      position.set(card.id, entities.length);
      return entities.push(card) - 1;
    });
    for (const [text, entity, weak] of compiled.aliases) aliases.push([text, target[entity], weak]);
  }
  return { ...bundled, entities, aliases };
}
