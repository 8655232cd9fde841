import { charClass, charInfo, IS_LOWER, IS_UPPER, WORD } from './chars';

// The character tables the tokenizer fills, not Unicode-property regexes, which cost every page
// their build (see `letter-classes.ts`). The modifier apostrophe (ʼ, U+02BC) separates words
// there, as sites write "Moldovaʼs" with it.
const letterOrDigit = (text: string, at: number) => at >= 0 && at < text.length && charClass(text.charCodeAt(at)) === WORD;
const lower = (text: string, at: number) => (charInfo(text.charCodeAt(at)) & IS_LOWER) !== 0;
const upper = (text: string, at: number) => (charInfo(text.charCodeAt(at)) & IS_UPPER) !== 0;
const digit = (text: string, at: number) => text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;

/**
 * Whether `text.slice(start, end)` stands as a whole name in an element's `textContent`, which
 * joins block after block with nothing between them: a heading "…visits the White House" and
 * the paragraph after it read "White HouseThe". So a letter beside the name still leaves it
 * whole where the case turns, as it does only where two blocks meet: a lower-case letter
 * before a capital that starts the name, or a capital after a lower-case letter that ends it.
 * A digit too: a heading ends with a number as often as with a word ("Vox rises to 14" and
 * "Jorge Azcón called…" read "14Jorge Azcón": a digit, then a capitalised word), and a paragraph may start with one ("…said
 * Vox" and "2026 budget" read "Vox2026"). "Nigerian" does not hold "Niger", "USA" does not hold "US".
 */
export function isWholeName(text: string, start: number, end: number): boolean {
  const openLeft = !letterOrDigit(text, start - 1) || (upper(text, start) && (lower(text, start - 1) || (digit(text, start - 1) && lower(text, start + 1))));
  const openRight = !letterOrDigit(text, end) || ((upper(text, end) || digit(text, end)) && lower(text, end - 1));
  return openLeft && openRight;
}

/**
 * Whether `text` holds `name` as a whole word or phrase (not "Atlantan" for "Atlanta"; see
 * `isWholeName`), and, where `where` is given, at a place it accepts (the words around it).
 */
export function holdsName(text: string, name: string, where?: (start: number, end: number) => boolean): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (isWholeName(text, at, at + name.length) && (where === undefined || where(at, at + name.length))) return true;
  return false;
}

/**
 * Where a name's mark ends, its closing characters in: the words stop at "U.S" and "JD(U",
 * but "U.S." and "JD(U)" are how the page spells them, and a mark that leaves the last dot or
 * bracket out reads as cut short. Any other end stays as it is (a sentence's full stop after
 * "Kyiv" is not the name's).
 */
export function wholeNameEnd(text: string, start: number, end: number): number {
  const next = text.charCodeAt(end);
  // "U.S.", "D.C.": a capital between dots.
  if (next === 46) return end >= 3 && upper(text, end - 1) && text.charCodeAt(end - 2) === 46 && upper(text, end - 3) ? end + 1 : end;
  if (next !== 41) return end;
  // "JD(U)", "CPI(ML)": a bracket the name opened.
  const open = text.lastIndexOf('(', end);
  return open >= start && text.lastIndexOf(')', end - 1) < open ? end + 1 : end;
}
