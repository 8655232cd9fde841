import { isAcronym, isSingleWord } from './ambiguity.ts';
import { factOf } from './validate.ts';
import type { Entity } from './types.ts';

/** Whether the entity is a party, by its "Type" fact ("Political party", "Far-right party"). */
export const isParty = (entity: Entity): boolean => entity.type === 'organization' && /\bparty\b/i.test(factOf(entity, 'Type') ?? '');

/**
 * A party's one-word name with its kind after it, as news writes it where the knowledge has the
 * name alone ("Kurti's Vetevendosje Party", "the Tisza party": a small "party" reads too, see
 * `kindInLowerCase`); null for anything else. Only a party's, by its "Type" fact: "Party" after
 * a province's name is another party ("the Saskatchewan Party"). Not initials, which parties share
 * ("PAS" is Moldova's and Malaysia's).
 */
export function partyWithKind(entity: Entity, text: string): string | null {
  if (!isParty(entity)) return null;
  if (!isSingleWord(text) || isAcronym(text) || /party$/i.test(text)) return null;
  return `${text} Party`;
}
