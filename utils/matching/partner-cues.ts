import { CUE_GROUPS } from './cues.ts';

/**
 * Partner cues: a body's short name settled by the body it is named with. "The Council" is
 * the European Council, the Council of the EU, the UN's or a town's; beside the European
 * Parliament as a lawmaker ("the European Parliament and the Council agreed", "adopted by
 * the Council and Parliament") it can only be the EU's co-legislator, the Council of the EU,
 * even on a page that named the European Council first; so is the Council that adopts a
 * text ("following its adoption by the Council").
 *
 * One row per body, each with its bit in an alias's cue bits, above the person, credit and
 * state cues: the build gives the bit to the body's weak names (see `partnerMask`).
 */
export const PARTNER_CUES: readonly { id: string; before: RegExp; after: RegExp }[] = [
  {
    id: 'council-of-the-european-union',
    // Or as the lawmaker that adopts a text: "following its adoption by the Council".
    before: /\b(?:(?:Parliament|MEPs)[ \u00a0]and|(?:adoption|adopted|approval|approved)[ \u00a0]by)[ \u00a0](?:the[ \u00a0])?$/,
    after: /^(?:['’]s)?[ \u00a0]and[ \u00a0](?:the[ \u00a0])?(?:European[ \u00a0])?Parliament\b/,
  },
];

const FIRST_BIT = CUE_GROUPS.length + 5;
/** Every partner cue's bit: an alias with none needs no look around it. */
export const PARTNER_BITS = ((1 << PARTNER_CUES.length) - 1) << FIRST_BIT;

/** The partner-cue bit of a body (at build time), or 0. */
export function partnerMask(id: string): number {
  const row = PARTNER_CUES.findIndex((cue) => cue.id === id);
  return row < 0 ? 0 : 1 << (FIRST_BIT + row);
}

/** How far the words around a name are read: "European Parliament and the " and a little. */
const READ_CHARS = 32;

/** The partner cues of `kinds` that the words around a name (`start`–`end` in `text`) fit; 0 for none. */
export function partnerAround(text: string, start: number, end: number, kinds: number): number {
  let fits = 0;
  PARTNER_CUES.forEach((cue, row) => {
    const bit = 1 << (FIRST_BIT + row);
    if ((kinds & bit) !== 0 && (cue.before.test(text.slice(Math.max(0, start - READ_CHARS), start)) || cue.after.test(text.slice(end, end + READ_CHARS)))) fits |= bit;
  });
  return fits;
}
