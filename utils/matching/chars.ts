/**
 * Per-character facts the tokenizer needs, computed once per UTF-16 code unit and cached in
 * typed arrays: whether it is part of a word, its case, and its folded form (lower case,
 * diacritics removed). Folding one code unit to one keeps offsets in the page text exact.
 */

/** Not yet computed. */
const UNKNOWN = 0;
/** Letters and digits. */
export const WORD = 1;
/** Spaces, punctuation, symbols: ends a word. */
export const SEPARATOR = 2;
/** Combining marks, soft hyphens and zero-width joiners: inside a word but not part of its folded form. */
export const IGNORABLE = 3;

export const IS_UPPER = 4;
export const IS_LOWER = 8;
const CLASS_MASK = 3;

const info = new Uint8Array(0x10000);
const folded = new Uint16Array(0x10000);
/** A second folded code unit for the few letters that fold to two (ß → ss, æ → ae, œ → oe). */
const foldedTail = new Map<number, number>();

/** Letters that Unicode decomposition leaves alone but readers treat as their base letter. */
const EXTRA_FOLDS: Record<string, string> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ı: 'i', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't',
  ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ŀ: 'l', Ŀ: 'l',
};

/**
 * Unicode-property regexes, made on first need: as literals they cost ~0.6 ms at every page's
 * start-up (the engine builds their character sets to validate them), and most pages never
 * meet a character outside the ranges decided by hand below.
 */
let unicodeClasses: { letterOrDigit: RegExp; mark: RegExp } | null = null;
const unicode = () => (unicodeClasses ??= { letterOrDigit: new RegExp('[\\p{L}\\p{N}]', 'u'), mark: new RegExp('\\p{M}', 'u') });
const JOINERS = new Set([0x00ad, 0x200c, 0x200d, 0x2060]);
/** Letters and digits among U+0080–U+00BF: ª µ º and the superscripts and fractions. */
const LATIN1_WORDS = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/**
 * The class of a code unit. Common ranges are decided by hand, so the Unicode-property
 * regexes (costly to compile on a cold page) only run for rarer scripts.
 */
function classify(code: number, ch: string): number {
  if (JOINERS.has(code)) return IGNORABLE;
  if (code >= 0xd800 && code <= 0xdfff) return WORD; // astral letters: keep surrogate pairs together
  if (code >= 0x2000 && code <= 0x206f) return SEPARATOR; // general punctuation: dashes, quotes, spaces
  if (code === 0x02bc) return SEPARATOR; // the modifier apostrophe some sites write possessives with ("Moldovaʼs")
  if (code >= 0x0300 && code <= 0x036f) return IGNORABLE; // combining diacritics
  if (code >= 0x00c0 && code <= 0x024f) return code === 0xd7 || code === 0xf7 ? SEPARATOR : WORD; // Latin letters
  if (code >= 0x0080 && code <= 0x00bf) return LATIN1_WORDS.has(code) ? WORD : SEPARATOR;
  const { letterOrDigit, mark } = unicode();
  if (mark.test(ch)) return IGNORABLE;
  return letterOrDigit.test(ch) ? WORD : SEPARATOR;
}

function compute(code: number): void {
  // ASCII without string work: it is filled at load, and case mapping needs no tables here.
  if (code < 128) {
    const upper = code >= 65 && code <= 90;
    const lower = code >= 97 && code <= 122;
    const word = upper || lower || (code >= 48 && code <= 57);
    info[code] = word ? WORD | (upper ? IS_UPPER : 0) | (lower ? IS_LOWER : 0) : SEPARATOR;
    folded[code] = upper ? code | 32 : code;
    return;
  }
  const ch = String.fromCharCode(code);
  const cls = classify(code, ch);
  folded[code] = code;
  if (cls !== WORD) {
    // Separators and marks are never folded, so the (cold, costly) Unicode tables stay untouched.
    info[code] = cls;
    return;
  }
  const lower = ch.toLowerCase();
  let bits = cls;
  if (lower !== ch) bits |= IS_UPPER;
  if (ch.toUpperCase() !== ch) bits |= IS_LOWER;
  info[code] = bits;
  const extra = EXTRA_FOLDS[ch];
  if (extra) {
    folded[code] = extra.charCodeAt(0);
    if (extra.length > 1) foldedTail.set(code, extra.charCodeAt(1));
    return;
  }
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  if (base.length === 1) folded[code] = base.charCodeAt(0);
}

for (let code = 0; code < 128; code++) compute(code);

/**
 * Each ASCII code unit's folded form when it is a letter or digit, 0 when it separates words:
 * the two tables above in one read, for the tokenizer's loops over plain English text (on a
 * page's first scan they run in the interpreter, where a call per character costs).
 */
export const ASCII_FOLD = new Uint8Array(128);
for (let code = 0; code < 128; code++) if ((info[code] & CLASS_MASK) === WORD) ASCII_FOLD[code] = folded[code];

/** Class and case bits of one code unit. */
export function charInfo(code: number): number {
  let bits = info[code];
  if (bits === UNKNOWN) {
    compute(code);
    bits = info[code];
  }
  return bits;
}

export function charClass(code: number): number {
  return charInfo(code) & CLASS_MASK;
}

/** The folded code unit (call after `charInfo`, which fills the table). */
export function foldCode(code: number): number {
  return folded[code];
}

/** The second folded code unit, or 0. */
export function foldTail(code: number): number {
  return foldedTail.get(code) ?? 0;
}

/** Folds a whole string: lower case, no diacritics, ignorables dropped. */
export function foldString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === IGNORABLE) continue;
    if (cls === SEPARATOR) {
      out += text[i];
      continue;
    }
    out += String.fromCharCode(foldCode(code));
    const tail = foldTail(code);
    if (tail) out += String.fromCharCode(tail);
  }
  return out;
}

/**
 * True when `text` from `start` to `end` folds to `folded`: `foldString` without building the
 * string, for checking a page word against an alias word on every candidate.
 */
export function foldsTo(text: string, start: number, end: number, folded: string): boolean {
  let j = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === IGNORABLE) continue;
    if (folded.charCodeAt(j++) !== (cls === SEPARATOR ? code : foldCode(code))) return false;
    if (code < 128 || cls === SEPARATOR) continue;
    const tail = foldTail(code);
    if (tail && folded.charCodeAt(j++) !== tail) return false;
  }
  return j === folded.length;
}
