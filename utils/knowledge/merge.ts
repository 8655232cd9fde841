import { toCard } from './compile';
import type { CardEntity, CompiledIndex, EntityHeader, KnowledgePack } from './types';

/** Bundled and pack knowledge together; cards are read lazily. */
export interface MergedKnowledge {
  entities: EntityHeader[];
  aliases: CompiledIndex['aliases'];
  card(position: number): CardEntity | undefined;
}

/**
 * The bundled index plus the reader's enabled packs. A pack entity with a bundled id replaces
 * that card (the reader's entry wins) and adds its aliases; new ids add new entities.
 * Bundled cards are parsed on the first `card()` call, not at start-up.
 */
export function mergeKnowledge(bundled: CompiledIndex, packs: KnowledgePack[]): MergedKnowledge {
  const entities = [...bundled.entities];
  const aliases = [...bundled.aliases];
  const fromPacks = new Map<number, CardEntity>();
  const position = new Map(entities.map((e, i) => [e.id, i]));
  for (const pack of packs) {
    for (const entity of pack.entities) {
      let p = position.get(entity.id);
      if (p === undefined) {
        p = entities.push({ id: entity.id, type: entity.type, name: entity.name }) - 1;
        position.set(entity.id, p);
      } else entities[p] = { id: entity.id, type: entity.type, name: entity.name };
      fromPacks.set(p, toCard(entity));
      aliases.push([entity.name, p, 0]);
      for (const alias of entity.aliases) {
        aliases.push(typeof alias === 'string' ? [alias, p, 0] : [alias.text, p, alias.weak ? 1 : 0]);
      }
    }
  }
  let bundledCards: CardEntity[] | null = null;
  return {
    entities,
    aliases,
    card(p) {
      const own = fromPacks.get(p);
      if (own) return own;
      bundledCards ??= JSON.parse(bundled.cardsJson) as CardEntity[];
      return bundledCards[p];
    },
  };
}
