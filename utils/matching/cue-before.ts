import { cueBit } from './cues';
import { HYPHENS } from './hyphen-joined';
import { wordBefore } from './neighbours';
import { isSpaceGap, startsUpper } from './run-words';

/** Words before a title that make it another office: "Vice President Duterte" is no president. */
const VICE = new Set(['Vice', 'Deputy']);

/**
 * The cue group of the word just before a match ("President", "Mr", "Gen."), or 0: a cue
 * counts with a plain space, or after its abbreviation's full stop. After "Vice" or "Deputy"
 * ("Vice President Duterte", "Vice-President Duterte") the title is a deputy's, which no cue
 * group tells from the office's own (a president's words fit Rodrigo Duterte, who was one):
 * it is no cue, and the page's context says who is meant (Sara Duterte, named in full).
 */
export function cueBefore(parts: readonly string[], part: number, offset: number): number {
  const before = wordBefore(parts, part, offset);
  if (!before || !(isSpaceGap(before.gap) || before.gap === '. ' || before.gap === '.\u00a0')) return 0;
  const bit = startsUpper(before.text) ? cueBit(before.text.toLowerCase()) : 0;
  if (bit === 0) return 0;
  const at = offset - before.gap.length - before.text.length;
  const vice = at > 0 ? wordBefore(parts, part, at) : null;
  return vice !== null && VICE.has(vice.text) && (isSpaceGap(vice.gap) || HYPHENS.has(vice.gap)) ? 0 : bit;
}
