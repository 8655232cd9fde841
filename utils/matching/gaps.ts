/**
 * What stands between two words of a name, reduced to what matters: spaces, line breaks,
 * non-breaking spaces, hyphens and dashes all join words alike ("Russia–Ukraine",
 * "Russia- Ukraine"), while other punctuation must be the same as in the alias ("D.C.").
 * Curly and straight apostrophes and quotes count as one.
 */
// No `u` flag: these are all BMP characters, and a Unicode-mode regex is slower to compile on a cold page.
const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\u00ad]+/g;
const DASH = /[\u002d\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const APOSTROPHE = /[\u2018\u2019\u201b\u02bc\u2032`\u00b4]/g;
const QUOTE = /[\u201c\u201d\u201e\u201f\u2033]/g;

/** Normalised gap: '' when the words are simply joined, otherwise the punctuation itself. */
export function normaliseGap(gap: string): string {
  if (gap === ' ') return '';
  const bare = gap.replace(SPACE, '').replace(DASH, '-').replace(APOSTROPHE, "'").replace(QUOTE, '"');
  return bare === '-' || bare === '--' ? '' : bare;
}
