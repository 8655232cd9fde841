import type { CompiledAlias } from '../knowledge/types.ts';
import { compareEntries, FIRST_WORD_BITS, groupByFirstWord, prepareAliases, setFirstWordBit, type AliasEntry, type AliasIndex } from './alias-index.ts';

/**
 * The bundled alias index in its shipped form: the first-word hashes, sorted, and beside each
 * the bucket of aliases starting with that word, prepared at build time and written as text.
 * A page needs only the hashes to start matching (one native `JSON.parse`, one loop); a
 * bucket is decoded the first time the page holds its word, so start-up never builds
 * entries it will not use.
 */
export interface PackedIndex {
  /** How many aliases the buckets hold. */
  count: number;
  /** First-word hashes, ascending. */
  hashes: number[];
  /** `buckets[i]`: the entries whose first word hashes to `hashes[i]`, as JSON (see `PackedEntry`). */
  buckets: string[];
}

/**
 * One entry as shipped: `[entity, weak, cases, words, gaps, hashes]`, worked out at build time.
 * The first word's hash is the bucket's own and is left out, as is the order (a bucket is
 * already sorted: an entry's place in it is its order).
 */
type PackedEntry = [number, 0 | 1, number[], string[], string[], number[]];

const writeEntry = (e: AliasEntry): PackedEntry => [e.entity, e.weak ? 1 : 0, [...e.cases], [...e.words], [...e.gaps], e.hashes.slice(1)];

/**
 * Reads a bucket back: one native `JSON.parse` builds every array, and a plain loop names the
 * fields. It runs cold on a page's first scan, where splitting text and hashing words per
 * entry (the earlier format) cost ~20 µs an entry.
 */
function readBucket(text: string, hash: number, into: AliasEntry[]): void {
  const entries = JSON.parse(text) as PackedEntry[];
  for (let k = 0; k < entries.length; k++) {
    // Index reads, not destructuring: that runs the iterator protocol in cold code.
    const e = entries[k];
    const hashes = e[5];
    hashes.unshift(hash);
    into.push({ entity: e[0], weak: e[1] === 1, hashes, words: e[3], gaps: e[4], cases: e[2], order: k });
  }
}

/** Packs aliases at build time. */
export function packIndex(aliases: readonly CompiledAlias[]): PackedIndex {
  const byHash = [...groupByFirstWord(prepareAliases(aliases))].sort((a, b) => a[0] - b[0]);
  let count = 0;
  const buckets = byHash.map(([, bucket]) => {
    // Aliases written apart that read alike ("J.D. Vance", "J. D. Vance") are one entry: the second could never win.
    const unique = [...new Set(bucket.map((entry) => JSON.stringify(writeEntry(entry))))];
    count += unique.length;
    return `[${unique.join(',')}]`;
  });
  return { count, hashes: byHash.map(([hash]) => hash), buckets };
}

/** Buckets decoded on first use; `extra` entries (from the reader's packs) join their bucket. */
class LazyBuckets {
  private readonly decoded = new Map<number, readonly AliasEntry[]>();

  constructor(
    private readonly packed: PackedIndex,
    private readonly extra: Map<number, AliasEntry[]>,
  ) {}

  get(hash: number): readonly AliasEntry[] | undefined {
    const done = this.decoded.get(hash);
    if (done) return done;
    const at = findSorted(this.packed.hashes, hash);
    const added = this.extra.get(hash);
    if (at < 0 && !added) return undefined;
    const bucket: AliasEntry[] = [];
    if (at >= 0) readBucket(this.packed.buckets[at], hash, bucket);
    if (added) {
      bucket.push(...added);
      bucket.sort(compareEntries);
    }
    this.decoded.set(hash, bucket);
    return bucket;
  }
}

/** Binary search: where `hash` is in the ascending `hashes`, or -1. */
function findSorted(hashes: readonly number[], hash: number): number {
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const h = hashes[mid];
    if (h === hash) return mid;
    if (h < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The matcher's lookup over a packed index plus extra prepared entries. */
export function indexPacked(packed: PackedIndex, extra: readonly AliasEntry[] = []): AliasIndex {
  const firstWordBits = new Uint8Array(FIRST_WORD_BITS >> 3);
  const { hashes } = packed;
  const mask = FIRST_WORD_BITS - 1;
  // Inline, not a call per hash: this loop runs once per page, in the interpreter, where
  // ~900 calls cost 0.5 ms against 0.2 ms (the bit is `setFirstWordBit`'s).
  for (let i = 0; i < hashes.length; i++) {
    const hash = hashes[i];
    firstWordBits[(hash & mask) >> 3] |= 1 << (hash & 7);
  }
  const extraBuckets = groupByFirstWord(extra);
  for (const hash of extraBuckets.keys()) setFirstWordBit(firstWordBits, hash);
  return { byFirstWord: new LazyBuckets(packed, extraBuckets), firstWordBits, aliasCount: packed.count + extra.length };
}
