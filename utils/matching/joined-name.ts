import { LETTER, UPPER } from './letter-classes';
import type { MatchSpan } from './context-rules';

/**
 * "&" and a capitalised word: one name of a firm, an index or a genre ("Standard & Poor's",
 * "Rock & Roll", "Marks & Spencer"), which prose writes no other way (it joins two names
 * with "and"). A match on either side is part of it.
 */
export const AMPERSAND_NAME = new RegExp(String.raw`^[ \u00a0]&[ \u00a0][${UPPER}]`);
const AMPERSAND_BEFORE = new RegExp(String.raw`[${UPPER}][${LETTER}'’.]*[ \u00a0]&[ \u00a0]$`);

/**
 * A particle of a French, Spanish, Italian, Portuguese, Dutch, German or Arabic name between
 * the match and a capitalised word ("Stade de France", "Banco de España", "Salem al-Khanbashi",
 * "Mohammed bin Salman"): one longer name, which a one-word match inside does not stand for. English "of"
 * is read apart (see `goesOnWithOf`): "the Bank of England" is England's.
 */
const PARTICLE_NAME_AFTER = new RegExp(String.raw`^[ \u00a0](?:(?:de|du|des|del|della|di|da|do|dos|das|van|von|der|den|bin|ibn|bint)[ \u00a0]|(?:al|el|ad|as|ash|at|az|ar)-)[${UPPER}]`);
const PARTICLE_NAME_BEFORE = new RegExp(String.raw`[${UPPER}][${LETTER}'’-]*[ \u00a0](?:de|du|des|del|della|di|da|do|dos|das|van|von|der|den|bin|ibn|bint)[ \u00a0]$`);

/** Whether a one-word match sits inside a longer name joined by "&" or a particle (see above). */
export function inJoinedName(parts: readonly string[], span: MatchSpan): boolean {
  const after = parts[span.endPart].slice(span.endOffset, span.endOffset + 12);
  const before = parts[span.startPart].slice(Math.max(0, span.startOffset - 40), span.startOffset);
  return AMPERSAND_BEFORE.test(before) || (span.words === 1 && (PARTICLE_NAME_AFTER.test(after) || PARTICLE_NAME_BEFORE.test(before)));
}
