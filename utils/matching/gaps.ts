/**
 * What stands between two words of a name, reduced to what matters: spaces, line breaks,
 * non-breaking spaces, hyphens and dashes all join words alike ("Russia–Ukraine",
 * "Russia- Ukraine"), while other punctuation must be the same as in the alias ("D.C.").
 * Curly and straight apostrophes and quotes count as one.
 */

/** What each kind of character in a gap becomes: nothing (a space), or one stand-in for its family. */
const DROP = '';
const GAP_CHARS = new Map<number, string>();
// Spaces: JavaScript's `\s`, plus zero-width and soft hyphen.
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0xad, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) GAP_CHARS.set(code, DROP);
for (let code = 0x2000; code <= 0x200b; code++) GAP_CHARS.set(code, DROP);
for (const code of [0x2d, 0x2212, 0xfe58, 0xfe63, 0xff0d]) GAP_CHARS.set(code, '-');
for (let code = 0x2010; code <= 0x2015; code++) GAP_CHARS.set(code, '-');
for (const code of [0x2018, 0x2019, 0x201b, 0x02bc, 0x2032, 0x60, 0xb4]) GAP_CHARS.set(code, "'");
for (const code of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033]) GAP_CHARS.set(code, '"');

/**
 * Normalised gap: '' when the words are simply joined, otherwise the punctuation itself.
 * A loop over a table, not regexes: gaps are a few characters, and four regexes compiled on
 * a page's first scan cost more than all the gaps it reads.
 */
export function normaliseGap(gap: string): string {
  if (gap === ' ') return '';
  let bare = '';
  for (let i = 0; i < gap.length; i++) {
    const to = GAP_CHARS.get(gap.charCodeAt(i));
    bare += to ?? gap[i];
  }
  return bare === '-' || bare === '--' ? '' : bare;
}
