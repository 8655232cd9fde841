import type { CardEntity, CompiledAlias, CompiledKnowledge, Entity, KnowledgePack } from './types.ts';
import { packIndex } from '../matching/packed-index.ts';
import { shipHeaders } from './entity-table.ts';
import { aliasesOf, checkPack } from './validate.ts';

/**
 * Merges knowledge files into the compact index the content script loads (headers, aliases
 * pointing at entity positions, the packed alias index) and the card data the background serves.
 * Throws one error listing every problem, so a bad file fails the build loudly.
 */
export function compileKnowledge(files: { name: string; pack: KnowledgePack }[]): CompiledKnowledge {
  const entities = files.flatMap((file) => file.pack.entities);
  const combined = { version: 'combined', asOf: latest(files.map((f) => f.pack.asOf)), entities };
  const check = checkPack(combined);
  if (!check.ok) {
    const offsets = files.map((f) => f.pack.entities.length);
    const where = (path: string) => locate(path, files.map((f) => f.name), offsets);
    throw new Error(`Knowledge is invalid:\n${check.errors.map((e) => `  ${where(e.path)}: ${e.message}`).join('\n')}`);
  }
  return indexEntities(entities, combined.asOf, files.map((f) => f.pack.version).join('+'));
}

/** Every alias of `entities` (each name first), pointing at its entity's place in the list. */
export function compiledAliases(entities: readonly Entity[]): CompiledAlias[] {
  return entities.flatMap((entity, position) => aliasesOf(entity).map(({ text, weak }): CompiledAlias => [text, position, weak ? 1 : 0]));
}

/** Card data plus alias list for already valid entities. */
export function indexEntities(entities: Entity[], asOf: string, version: string): CompiledKnowledge {
  const aliases = compiledAliases(entities);
  const cards = entities.map(toCard);
  const headers = shipHeaders(entities);
  return { version, asOf, headers, aliases, packed: packIndex(aliases), cardsJson: JSON.stringify(cards) };
}

/** The entity as a card shows it: everything but its aliases. */
export function toCard(entity: Entity): CardEntity {
  const { aliases: _aliases, ...card } = entity;
  return card;
}

function latest(dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a), '0000');
}

/** Turns `entities[412].name` in the combined list back into `people.json: entities[3].name`. */
function locate(path: string, names: string[], counts: number[]): string {
  const match = /^entities\[(\d+)\](.*)$/.exec(path);
  if (!match) return path;
  let index = Number(match[1]);
  for (let f = 0; f < names.length; f++) {
    if (index < counts[f]) return `${names[f]}: entities[${index}]${match[2]}`;
    index -= counts[f];
  }
  return path;
}
