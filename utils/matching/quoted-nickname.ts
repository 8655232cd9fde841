import { charClass, charInfo, IS_UPPER, WORD } from './chars';
import { LETTER, UPPER } from './letter-classes';

/**
 * News sets a person's nickname in quotes between the given name and the surname: Jorge "Tuto"
 * Quiroga, Elizaldy "Zaldy" Co, Rodrigo "Rody" Duterte. The name is still the person's full
 * name, so the matcher reads over the quoted words as if they were a space.
 *
 * Double quotes count, and curly single ones (Eduardo ‘Lule’ Menem): a straight single one is
 * as often an apostrophe. The nickname starts with a capital and is at most a few words of
 * letters, and a capitalised word follows it after one space: a quoted title or a quotation has
 * punctuation, small words or no name after it.
 */

/** Straight and curly double quotes that open, and those that close (news mixes them up). */
const OPENING = new Set([0x22, 0x201c, 0x201e, 0x2018]);
const CLOSING = new Set([0x22, 0x201d, 0x201c]);
/** The curly single quotes: the closing one is an apostrophe too, so it closes only before a space. */
const SINGLE_OPENING = 0x2018;
const SINGLE_CLOSING = 0x2019;
/** The longest nickname read over, in characters: "Bongbong" and "Big Jim" fit, a quotation does not. */
const MAX_NICKNAME = 24;

const isSpace = (code: number): boolean => code === 0x20 || code === 0xa0;
const isCapital = (code: number): boolean => (charInfo(code) & IS_UPPER) !== 0;
const isNicknameChar = (code: number): boolean => isSpace(code) || code === 0x2d || code === 0x2e || code === 0x27 || code === 0x2019 || charClass(code) === WORD;

/**
 * Where the name goes on after a quoted nickname whose first word lies at `start`–`end` of
 * `text`: the index of the next word's first letter, or -1 when the word opens no nickname.
 */
export function afterQuotedNickname(text: string, start: number, end: number): number {
  if (start < 2 || !OPENING.has(text.charCodeAt(start - 1)) || !isSpace(text.charCodeAt(start - 2))) return -1;
  if (!isCapital(text.charCodeAt(start))) return -1;
  const single = text.charCodeAt(start - 1) === SINGLE_OPENING;
  const last = Math.min(text.length - 2, start + MAX_NICKNAME);
  for (let i = end; i < last; i++) {
    const code = text.charCodeAt(i);
    if (single ? code === SINGLE_CLOSING && isSpace(text.charCodeAt(i + 1)) : CLOSING.has(code)) return isSpace(text.charCodeAt(i + 1)) && isCapital(text.charCodeAt(i + 2)) ? i + 2 : -1;
    if (!isNicknameChar(code)) return -1;
  }
  return -1;
}

/** A capitalised word and a quoted nickname right before a name ('Eduardo "Lule" ', "Eduardo ‘Lule’ "). */
const NICKNAMED_BEFORE = new RegExp(String.raw`(?<![${LETTER}])([${UPPER}][${LETTER}.'’-]*)[ \u00a0]["“„‘][${UPPER}][${LETTER} .'’-]{0,23}["”“’][ \u00a0]$`, 'u');

/**
 * The given name before a quoted nickname right before `start` ("Eduardo" in "Eduardo ‘Lule’
 * Menem"), or null: the family name after them is that person's, who may not be the one the
 * knowledge has under it (where the knowledge has the whole name, `afterQuotedNickname` matched
 * it first).
 */
export function givenNameBeforeNickname(text: string, start: number): string | null {
  if (start < 6 || !isSpace(text.charCodeAt(start - 1))) return null;
  const quote = text.charCodeAt(start - 2);
  if (!CLOSING.has(quote) && quote !== SINGLE_CLOSING) return null;
  return NICKNAMED_BEFORE.exec(text.slice(Math.max(0, start - 64), start))?.[1] ?? null;
}
