/**
 * Character classes for the page's regexes, written as ranges instead of Unicode property
 * escapes (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}`, `\p{M}`).
 *
 * Why: a content script is compiled afresh on every page, and V8 builds a property escape's
 * whole Unicode set each time it parses such a regex and again when it first runs it. Thirty
 * of them cost the seed article 16–18 ms a load in the shipped build (compare-builds, 79 → 62
 * ms). A page the scan reads is in a Latin script (see `language.ts`), so the ranges cover
 * Latin, IPA, the modifier letters, Greek and Cyrillic exactly as Unicode does (a test holds
 * them to `\p{…}` there), and nothing beyond.
 *
 * Use them inside a class: `new RegExp(String.raw\`[^${LETTER}]\`)`.
 */

/** Letters (`\p{L}`) of the Latin, IPA, Greek and Cyrillic blocks, and of Latin and Greek Extended. */
export const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC`;

/**
 * Capitals: exact for ASCII, Latin-1, basic Greek and Cyrillic. In Latin Extended-A and -B and
 * Latin Extended Additional capitals and small letters alternate code point by code point, and
 * both count: listing them one by one made each regex five times dearer to build, and a name
 * that starts with a small "ł" is rarer than the cost.
 */
export const UPPER = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0386\u0388-\u038F\u0391-\u03AB\u0400-\u042F\u1E00-\u1EFF`;

/** Small letters, on the same terms as `UPPER` (the Latin Extended blocks count as both). */
export const LOWER = String.raw`a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u0390\u03AC-\u03CE\u0430-\u045F\u1E00-\u1EFF`;

/** Digits (`\p{N}` in the blocks above: ASCII, and Latin-1's superscripts and fractions). */
export const DIGIT = String.raw`0-9\u00B2\u00B3\u00B9\u00BC-\u00BE`;

/** Combining diacritics (`\p{M}` after `normalize('NFD')` of Latin, Greek and Cyrillic text). */
export const MARK = String.raw`\u0300-\u036F\u0483-\u0489`;
