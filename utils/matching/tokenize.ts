import { charInfo, foldCode, foldTail, IGNORABLE, IS_LOWER, IS_UPPER, SEPARATOR, WORD } from './chars';

/** Token case bits. */
export const STARTS_UPPER = 1;
export const HAS_LOWER = 2;

/**
 * The words of a run of text nodes, as parallel typed arrays (no string per word):
 * a hash of the folded word, where it lies, and its case. Reused between runs.
 */
export class TokenBuffer {
  length = 0;
  hash = new Int32Array(256);
  part = new Uint32Array(256);
  start = new Uint32Array(256);
  end = new Uint32Array(256);
  caps = new Uint8Array(256);

  reset(): void {
    this.length = 0;
  }

  push(hash: number, part: number, start: number, end: number, caps: number): void {
    if (this.length === this.hash.length) this.grow();
    const i = this.length++;
    this.hash[i] = hash;
    this.part[i] = part;
    this.start[i] = start;
    this.end[i] = end;
    this.caps[i] = caps;
  }

  private grow(): void {
    const size = this.hash.length * 2;
    const copy = <T extends Int32Array | Uint32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.hash = copy(this.hash, new Int32Array(size));
    this.part = copy(this.part, new Uint32Array(size));
    this.start = copy(this.start, new Uint32Array(size));
    this.end = copy(this.end, new Uint32Array(size));
    this.caps = copy(this.caps, new Uint8Array(size));
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** FNV-1a over folded code units; the same function hashes alias words at index time. */
function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/**
 * Appends the words of `text` (part `part` of a run) to `out`. A word is a run of letters and
 * digits; combining marks and soft hyphens inside it are skipped; everything else separates,
 * so possessives ("Orbán’s"), hyphenated pairs and dashes all split where readers expect.
 */
export function tokenize(text: string, part: number, out: TokenBuffer): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    // Fast skip over ASCII separators, the common case between words.
    if (code < 128 && !isAsciiWord(code)) {
      i++;
      continue;
    }
    let bits = charInfo(code);
    if ((bits & 3) !== WORD) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    const caps = bits & IS_UPPER ? STARTS_UPPER : 0;
    let lower = 0;
    // Plain ASCII letters and digits, the bulk of English text: fold inline, no table lookups.
    while (code < 128 && isAsciiWord(code)) {
      const isUpper = code >= 65 && code <= 90;
      hash = mix(hash, isUpper ? code | 32 : code);
      if (code >= 97) lower = IS_LOWER;
      if (++i >= n) break;
      code = text.charCodeAt(i);
    }
    if (i >= n || (code < 128 && !isAsciiWord(code))) {
      out.push(hash, part, start, i, caps | (lower ? HAS_LOWER : 0));
      continue;
    }
    bits = charInfo(code);
    for (;;) {
      const cls = bits & 3;
      if (cls === SEPARATOR) break;
      if (cls === WORD) {
        hash = mix(hash, foldCode(code));
        if (code >= 128) {
          const tail = foldTail(code);
          if (tail) hash = mix(hash, tail);
        }
        lower |= bits & IS_LOWER;
      } else if (cls !== IGNORABLE) break;
      if (++i >= n) break;
      code = text.charCodeAt(i);
      bits = charInfo(code);
      if ((bits & 3) === SEPARATOR) break;
    }
    out.push(hash, part, start, i, caps | (lower ? HAS_LOWER : 0));
  }
}

function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Hash of an already folded word, matching what `tokenize` computes for it in page text. */
export function hashFolded(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = mix(hash, word.charCodeAt(i));
  return hash;
}
