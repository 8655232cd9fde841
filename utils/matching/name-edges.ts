// The modifier apostrophe (ʼ, U+02BC) is a letter to Unicode, but sites write "Moldovaʼs" with it.
const LETTER_OR_DIGIT = /[^\u02bc\P{L}]|\p{N}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * Whether `text.slice(start, end)` stands as a whole name in an element's `textContent`, which
 * joins block after block with nothing between them: a heading "…visits the White House" and
 * the paragraph after it read "White HouseThe". So a letter beside the name still leaves it
 * whole where the case turns, as it does only where two blocks meet: a lower-case letter
 * before a capital that starts the name, or a capital after a lower-case letter that ends it.
 * "Nigerian" does not hold "Niger", "USA" does not hold "US".
 */
export function isWholeName(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : ' ';
  const after = end < text.length ? text[end] : ' ';
  const openLeft = !LETTER_OR_DIGIT.test(before) || (LOWER.test(before) && UPPER.test(text[start]));
  const openRight = !LETTER_OR_DIGIT.test(after) || (UPPER.test(after) && LOWER.test(text[end - 1]));
  return openLeft && openRight;
}
