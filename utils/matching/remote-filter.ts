/**
 * A bit filter of the first words that start the background's aliases (the gazetteer's
 * places), shipped in the content script instead of their 14,000 buckets. A page word that
 * hits it is asked of the background after the scan. Only capitalised page words and numbers
 * are tested: every place name starts with a capital, an event's may start with its year, and the
 * common lower-case words never cost a request.
 */
export const REMOTE_FILTER_BITS = 1 << 16;
const MASK = REMOTE_FILTER_BITS - 1;

/** The filter as base64 text (8 KB of bits, ~11 KB of text), at build time. */
export function writeFilter(hashes: readonly number[]): string {
  const bits = new Uint8Array(REMOTE_FILTER_BITS >> 3);
  for (const hash of hashes) bits[(hash & MASK) >> 3] |= 1 << (hash & 7);
  return encodeBits(bits);
}

/** Bits as base64 text: for the build's filter, and for a page's words in a message (JSON, no typed arrays). */
export function encodeBits(bits: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bits.length; i += 4096) binary += String.fromCharCode(...bits.subarray(i, i + 4096));
  return btoa(binary);
}

/** The filter's bits from its text (a page's start-up: ~0.1 ms). An empty or damaged text gives no bits. */
export function readFilter(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    if (binary.length !== REMOTE_FILTER_BITS >> 3) return null;
    const bits = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bits[i] = binary.charCodeAt(i);
    return bits;
  } catch {
    return null;
  }
}

export function inFilter(bits: Uint8Array, hash: number): boolean {
  return (bits[(hash & MASK) >> 3] & (1 << (hash & 7))) !== 0;
}
