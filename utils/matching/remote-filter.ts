/**
 * A bit filter of the first words that start the background's aliases (the gazetteer's
 * places), shipped in the content script instead of their 14,000 buckets. A page word that
 * hits it is asked of the background after the scan. Only capitalised page words and numbers
 * are tested: every place name starts with a capital, an event's may start with its year, and the
 * common lower-case words never cost a request.
 */

/**
 * 32,768 bits: about 30,000 first words set 60% of them, so a capitalised page word that starts
 * no background name is asked anyway three times in five (at 65,536 bits, 37%). Such a word
 * costs the background one lookup and the page nothing more, while the filter rides in every
 * page's script: halving it saved 5.5 KB there (stop 56). The page's own words keep 65,536 bits
 * (see `hasPageWord`).
 */
export const REMOTE_FILTER_BITS = 1 << 15;
const MASK = REMOTE_FILTER_BITS - 1;

/** The filter as base64 text (4 KB of bits, ~5.5 KB of text), at build time. */
export function writeFilter(hashes: readonly number[]): string {
  const bits = new Uint8Array(REMOTE_FILTER_BITS >> 3);
  for (const hash of hashes) bits[(hash & MASK) >> 3] |= 1 << (hash & 7);
  return encodeBits(bits);
}

/**
 * The browsers' own base64 of typed arrays (Chrome 140, Firefox 133), where there is one: a
 * page reads the filter and sends its words once or twice a load, and the loops below run
 * cold, in the interpreter (reading the filter so took ~0.9 ms of the seed article's load).
 */
interface NativeBase64 {
  fromBase64?: (text: string) => Uint8Array;
  prototype: { toBase64?: () => string };
}
const native = Uint8Array as unknown as NativeBase64;

/** Bits as base64 text: for the build's filter, and for a page's words in a message (JSON, no typed arrays). */
export function encodeBits(bits: Uint8Array): string {
  if (native.prototype.toBase64) return native.prototype.toBase64.call(bits);
  let binary = '';
  // `apply`, not a spread: cold, a spread of 4,096 arguments cost a page ~0.6 ms more.
  for (let i = 0; i < bits.length; i += 4096) binary += String.fromCharCode.apply(null, bits.subarray(i, i + 4096) as unknown as number[]);
  return btoa(binary);
}

/** The filter's bits from its text (a page's start-up), or another set's of `bytes`. An empty or damaged text gives no bits. */
export function readFilter(text: string, bytes = REMOTE_FILTER_BITS >> 3): Uint8Array | null {
  try {
    const bits = native.fromBase64 ? native.fromBase64(text) : fromBinary(atob(text));
    return bits.length === bytes ? bits : null;
  } catch {
    return null;
  }
}

function fromBinary(binary: string): Uint8Array {
  const bits = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bits[i] = binary.charCodeAt(i);
  return bits;
}

/** Whether a set of bits holds a hash's bit, by its low bits (`mask`): the filter's, or a page's words' (see `hasPageWord`). */
export const hasBit = (bits: Uint8Array, mask: number, hash: number): boolean => (bits[(hash & mask) >> 3] & (1 << (hash & 7))) !== 0;

export function inFilter(bits: Uint8Array, hash: number): boolean {
  return hasBit(bits, MASK, hash);
}
