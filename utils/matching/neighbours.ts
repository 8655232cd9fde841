import { charClass, IGNORABLE, WORD } from './chars';
import { LETTER, MARK, UPPER } from './letter-classes';

/** Longest gap between a match and a neighbouring word that still counts (", " or ". " and spaces). */
const MAX_GAP = 4;

/** The word next to a match in its block: its text and the text between them. */
export interface Neighbour {
  text: string;
  gap: string;
  /** Nothing but a gap, or the block's start, before it (for the word before a match). */
  atBlockStart: boolean;
  /** The gap before it holds a sentence end (for the word before a match). */
  afterSentenceEnd: boolean;
}

// No semicolon: the clause after one goes on in lower case, so a capital there is a name's
// ("a new beer; Blue Moon is owned by Molson Coors" is no Moon).
const SENTENCE_END = /[.!?:"“”‘’«»()\u2014\u2013|]/;
/**
 * A quotation closed after a comma goes on with who said it: in '"…through floods," Aly
 * Villahermosa said' the capital opens a name, not a sentence.
 */
const QUOTE_GOES_ON = /^\s*,["”’»]\s*$/;

/**
 * The word before `offset` of `parts[part]`, reading back across the block's text nodes.
 * Null when the block starts first or the gap is longer than a few characters.
 */
export function wordBefore(parts: readonly string[], part: number, offset: number): Neighbour | null {
  let gap = '';
  let p = part;
  let i = offset - 1;
  const back = (): number => {
    while (i < 0) {
      if (--p < 0) return -1;
      i = parts[p].length - 1;
    }
    return parts[p].charCodeAt(i);
  };
  let code = back();
  while (code >= 0 && charClass(code) !== WORD) {
    gap = String.fromCharCode(code) + gap;
    if (gap.length > MAX_GAP) return null;
    i--;
    code = back();
  }
  if (code < 0) return null;
  let text = '';
  while (code >= 0 && (charClass(code) === WORD || charClass(code) === IGNORABLE)) {
    text = String.fromCharCode(code) + text;
    i--;
    code = back();
  }
  // What precedes that word: a sentence end, or nothing at all.
  let before = '';
  while (code >= 0 && charClass(code) !== WORD && before.length < MAX_GAP) {
    before = String.fromCharCode(code) + before;
    i--;
    code = back();
  }
  return { text, gap, atBlockStart: code < 0 && before.trim() === '', afterSentenceEnd: SENTENCE_END.test(before) && !QUOTE_GOES_ON.test(before) };
}

/** The word after `offset` of `parts[part]`, reading on across the block's text nodes (first `count`). */
export function wordAfter(parts: readonly string[], count: number, part: number, offset: number): Neighbour | null {
  let gap = '';
  let p = part;
  let i = offset;
  const at = (): number => {
    while (i >= parts[p].length) {
      if (++p >= count) return -1;
      i = 0;
    }
    return parts[p].charCodeAt(i);
  };
  let code = at();
  while (code >= 0 && charClass(code) !== WORD) {
    gap += String.fromCharCode(code);
    if (gap.length > MAX_GAP) return null;
    i++;
    code = at();
  }
  if (code < 0) return null;
  let text = '';
  while (code >= 0 && (charClass(code) === WORD || charClass(code) === IGNORABLE)) {
    text += String.fromCharCode(code);
    i++;
    code = at();
  }
  return { text, gap, atBlockStart: false, afterSentenceEnd: false };
}

/** How much text before a match is read for a possessive ("United Arab Emirates's " fits). */
const POSSESSIVE_REACH = 40;
const POSSESSIVE = new RegExp(String.raw`([${UPPER}][${LETTER}${MARK}.-]*(?: [${UPPER}][${LETTER}${MARK}.-]*)*)['’]s\s$`);

/**
 * The capitalised name whose possessive ends right before `offset` ("Romania" in "Romania's
 * Constitutional Court", "Keir Starmer" in "Keir Starmer's Labour Party"), read back across
 * the block's text nodes; null when the match follows no possessive.
 */
export function possessorBefore(parts: readonly string[], part: number, offset: number): string | null {
  let text = parts[part].slice(Math.max(0, offset - POSSESSIVE_REACH), offset);
  for (let p = part - 1; p >= 0 && text.length < POSSESSIVE_REACH; p--) text = parts[p].slice(-(POSSESSIVE_REACH - text.length)) + text;
  return POSSESSIVE.exec(text)?.[1] ?? null;
}
