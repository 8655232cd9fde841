import type { AliasIndex } from './alias-index';
import type { TextMatch } from './text-match';

/**
 * How initials in a page settle which entities they are (see `PageMemory.definedInitials`):
 * each rewrites the match's entity and alternatives, or leaves it and answers false.
 */

/**
 * Keeps the match to the entities whose name the page's definition of its initials spells (see
 * `definitionKey`): another's of the same initials may be the one defined ("CPC": the pipeline
 * consortium, not China's party). Where several spell it ("Social Democratic Party's (PSD)":
 * Romania's and Portugal's), all stay, for the page's context to choose. False, leaving the
 * match, where none does.
 */
export function keyFits(match: TextMatch, defined: string, index: AliasIndex): boolean {
  return takeAll(match, [match.entity, ...match.alternatives].filter((entity) => index.definitionKeyOf?.(entity) === defined));
}

/** Keeps the match to its entities among `allowed`, in its own order; false, leaving it, where none is. */
export function narrowTo(match: TextMatch, allowed: readonly number[]): boolean {
  return takeAll(match, [match.entity, ...match.alternatives].filter((entity) => allowed.includes(entity)));
}

/** Makes the match the page's name for `entities`, whatever these initials are known as: the page defined them so. */
export function takeAll(match: TextMatch, entities: readonly number[]): boolean {
  if (entities.length === 0) return false;
  match.entity = entities[0];
  match.alternatives.length = 0;
  for (let i = 1; i < entities.length; i++) match.alternatives.push(entities[i]);
  return true;
}

/** Whether initials defined as `key` spell none of the name before them but one of their own entities' names (see `findMatches`): the whole name of a body inside the name before them. */
export function spellsInnerName(index: AliasIndex, key: string | null, before: readonly number[], match: TextMatch): boolean {
  const keyOf = index.definitionKeyOf;
  if (key === null || keyOf === undefined || before.some((entity) => keyOf(entity) === key)) return false;
  return keyOf(match.entity) === key || match.alternatives.some((entity) => keyOf(entity) === key);
}
