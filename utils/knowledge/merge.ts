import { indexAliases, prepareAliases, type AliasIndex } from '../matching/alias-index';
import { toCard } from './compile';
import type { CardEntity, CompiledAlias, CompiledIndex, EntityHeader, KnowledgePack } from './types';

/** Bundled and pack knowledge together; cards are read lazily. */
export interface MergedKnowledge {
  entities: EntityHeader[];
  /** Every alias as text, bundled and from packs (for tools and tests; the page uses `aliasIndex`). */
  aliases(): CompiledAlias[];
  aliasIndex: AliasIndex;
  card(position: number): CardEntity | undefined;
}

/**
 * The bundled index plus the reader's enabled packs. A pack entity with a bundled id replaces
 * that card (the reader's entry wins) and adds its aliases; new ids add new entities.
 * Bundled aliases come prepared from the build; bundled cards are parsed on the first `card()`.
 */
export function mergeKnowledge(bundled: CompiledIndex, packs: KnowledgePack[]): MergedKnowledge {
  const entities = [...bundled.entities];
  const packAliases: CompiledAlias[] = [];
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
      packAliases.push([entity.name, p, 0]);
      for (const alias of entity.aliases) {
        packAliases.push(typeof alias === 'string' ? [alias, p, 0] : [alias.text, p, alias.weak ? 1 : 0]);
      }
    }
  }
  const prepared = packAliases.length === 0 ? bundled.prepared : [...bundled.prepared, ...prepareAliases(packAliases, bundled.prepared.length)];
  let bundledCards: CardEntity[] | null = null;
  return {
    entities,
    aliases: () => [...bundled.aliases, ...packAliases],
    aliasIndex: indexAliases(prepared),
    card(p) {
      const own = fromPacks.get(p);
      if (own) return own;
      bundledCards ??= JSON.parse(bundled.cardsJson) as CardEntity[];
      return bundledCards[p];
    },
  };
}
