import { createWord, nextWord } from './tokenize';

/**
 * Every word a page holds, as bits of a 65,536-bit set (by the low 16 bits of its hash): sent
 * with the page's capitalised words so the background answers only names whose other words
 * the page also holds. "Novo" starts 300 gazetteer names; a page that never says "Selo" needs
 * none of the "Novo Selo"s. A set of bits, not the words, so no page text leaves the page,
 * and a false hit (a few percent on a long page) only sends a name the page then fails to match.
 */
export const PAGE_WORD_BYTES = 1 << 13;
const MASK = PAGE_WORD_BYTES * 8 - 1;

export interface PageWords {
  readonly bits: Uint8Array;
  /** Bits set so far: grows whenever a scan meets a word no earlier scan met. */
  added: number;
}

export const createPageWords = (): PageWords => ({ bits: new Uint8Array(PAGE_WORD_BYTES), added: 0 });

/** Notes a word's hash (the scan does, for every word it reads). */
export function addPageWord(words: PageWords, hash: number): void {
  const at = (hash & MASK) >> 3;
  const bit = 1 << (hash & 7);
  if ((words.bits[at] & bit) === 0) {
    words.bits[at] |= bit;
    words.added++;
  }
}

const inner = createWord();

/**
 * Notes the words of `parts` from `fromPart`/`fromOffset` to `toPart`/`toOffset`: those inside
 * a name the scan took at once, which its word loop skips ("Herzegovina" in "Bosnia and
 * Herzegovina"), while a longer name the background holds may need them.
 */
export function addPageWordsIn(words: PageWords, parts: readonly string[], fromPart: number, fromOffset: number, toPart: number, toOffset: number): void {
  for (let p = fromPart; p <= toPart; p++) {
    const text = parts[p];
    const end = p === toPart ? toOffset : text.length;
    for (let at = p === fromPart ? fromOffset : 0; at < end && nextWord(text, at, inner) && inner.start < end; at = inner.end) addPageWord(words, inner.hash);
  }
}

export const hasPageWord = (bits: Uint8Array, hash: number): boolean => (bits[(hash & MASK) >> 3] & (1 << (hash & 7))) !== 0;

/** The bits as base64: messages between a page and the background carry JSON, not typed arrays. */
export function encodePageWords(bits: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bits.length; i += 4096) text += String.fromCharCode(...bits.subarray(i, i + 4096));
  return btoa(text);
}

/** The bits back from `encodePageWords`; null for anything else (a message crosses a process boundary). */
export function decodePageWords(text: unknown): Uint8Array | null {
  if (typeof text !== 'string' || text.length !== Math.ceil(PAGE_WORD_BYTES / 3) * 4) return null;
  let raw: string;
  try {
    raw = atob(text);
  } catch {
    return null;
  }
  if (raw.length !== PAGE_WORD_BYTES) return null;
  const bits = new Uint8Array(PAGE_WORD_BYTES);
  for (let i = 0; i < raw.length; i++) bits[i] = raw.charCodeAt(i);
  return bits;
}
