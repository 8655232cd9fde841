import type { CompiledAlias } from '../knowledge/types.ts';
import { compareEntries, FIRST_WORD_BITS, groupByFirstWord, prepareAliases, readFlags, writeFlags, type AliasEntry, type AliasIndex } from './alias-index.ts';
import { hashOf } from './tokenize.ts';

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
 * One entry as shipped, worked out at build time: `[entity, flags, cases, words]`, or
 * `[entity, flags, cases, words, gaps]` when a gap between its words is more than a space.
 * `cases` holds each word's `CaseRule` in base 4 (word k at 4^k), `words` the folded words
 * joined by spaces. Words after the first are hashed when a page decodes the bucket (a few
 * entries per word it meets) rather than shipped: the hashes were a fifth of the index. The
 * first word's hash is the bucket's own, and the order is the entry's place in the bucket.
 */
type PackedEntry = [number, number, number, string] | [number, number, number, string, string[]];

/** Most words an alias may have: their case rules fit one number. */
export const MAX_ALIAS_WORDS = 20;

function writeEntry(e: AliasEntry): PackedEntry {
  let cases = 0;
  for (let k = e.cases.length - 1; k >= 0; k--) cases = cases * 4 + e.cases[k];
  const head: [number, number, number, string] = [e.entity, writeFlags(e), cases, e.words.join(' ')];
  return e.gaps.every((gap) => gap === '') ? head : [...head, [...e.gaps]];
}

/**
 * Reads a bucket back: one native `JSON.parse`, then a plain loop that names the fields,
 * splits the words and hashes the ones after the first. A pack's entries take their entity's
 * position among all the knowledge from `positions`, and sort after the bundled ones.
 */
function readBucket(text: string, hash: number, into: AliasEntry[], positions: readonly number[] | null, firstOrder: number): void {
  const entries = JSON.parse(text) as PackedEntry[];
  for (let k = 0; k < entries.length; k++) {
    // Index reads, not destructuring: that runs the iterator protocol in cold code.
    const e = entries[k];
    // A pack's index comes from storage: check its shape (the bundled one is the build's own).
    if (positions !== null && !isPackedEntry(e, positions.length)) throw new TypeError(`Not a packed entry: ${JSON.stringify(e)}`);
    const words = e[3].split(' ');
    const hashes = [hash];
    const cases: number[] = [];
    let rules = e[2];
    for (let w = 0; w < words.length; w++) {
      if (w > 0) hashes.push(hashOf(words[w]));
      cases.push(rules % 4);
      rules = Math.floor(rules / 4);
    }
    const gaps = e.length === 5 ? e[4] : words.length > 1 ? new Array<string>(words.length - 1).fill('') : [];
    const entity = positions === null ? e[0] : positions[e[0]];
    if (entity === undefined) throw new TypeError(`No position for entity ${e[0]}`);
    into.push({ entity, ...readFlags(e[1]), hashes, words, gaps, cases, order: firstOrder + k });
  }
}

const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** An entry as `writeEntry` makes it, for one of a pack's `entities` entities. */
function isPackedEntry(e: unknown, entities: number): e is PackedEntry {
  if (!Array.isArray(e) || (e.length !== 4 && e.length !== 5)) return false;
  const [entity, flags, cases, words, gaps] = e as unknown[];
  const inPack = Number.isInteger(entity) && (entity as number) >= 0 && (entity as number) < entities;
  if (!inPack || !Number.isInteger(flags) || (flags as number) < 0 || !Number.isInteger(cases) || (cases as number) < 0) return false;
  if (typeof words !== 'string' || words.length === 0) return false;
  return e.length === 4 || (isStrings(gaps) && (gaps as string[]).length === words.split(' ').length - 1);
}

/**
 * A reader's pack, packed when it was installed (see `StoredPackIndex`), and where its entities sit
 * among all the knowledge: `positions[i]` is the position of the pack's entity i.
 */
export interface PackedSource {
  packed: PackedIndex;
  positions: readonly number[];
}

/** Entry orders of the i-th pack start at `(i + 1) * PACK_ORDER`: after every bundled entry and every earlier pack's. */
const PACK_ORDER = 1 << 24;

/** Packs aliases at build time. */
export function packIndex(aliases: readonly CompiledAlias[]): PackedIndex {
  const entries = prepareAliases(aliases).filter((entry) => entry.words.length <= MAX_ALIAS_WORDS);
  const byHash = [...groupByFirstWord(entries)].sort((a, b) => a[0] - b[0]);
  let count = 0;
  const buckets = byHash.map(([, bucket]) => {
    // Aliases written apart that read alike ("J.D. Vance", "J. D. Vance") are one entry: the second could never win.
    const unique = [...new Set(bucket.map((entry) => JSON.stringify(writeEntry(entry))))];
    count += unique.length;
    return `[${unique.join(',')}]`;
  });
  return { count, hashes: byHash.map(([hash]) => hash), buckets };
}

/** Remote entries sort after the bundled ones and before any pack's. */
const REMOTE_ORDER = PACK_ORDER >> 1;

/** Buckets decoded on first use, the bundled one, the background's and each pack's with the same first word together. */
class LazyBuckets {
  private readonly decoded = new Map<number, readonly AliasEntry[]>();
  /** Buckets the background sent (see `RemoteIndex`), by first-word hash, and where their entities sit on this page. */
  private readonly remoteTexts = new Map<number, string>();
  private readonly remotePositions: number[] = [];

  constructor(
    private readonly packed: PackedIndex,
    private readonly packs: readonly PackedSource[],
  ) {}

  get(hash: number): readonly AliasEntry[] | undefined {
    const done = this.decoded.get(hash);
    if (done) return done;
    const bucket: AliasEntry[] = [];
    let sources = 0;
    const at = findSorted(this.packed.hashes, hash);
    if (at >= 0) {
      readBucket(this.packed.buckets[at], hash, bucket, null, 0);
      sources++;
    }
    const remote = this.remoteTexts.size > 0 ? this.remoteTexts.get(hash) : undefined;
    if (remote !== undefined) {
      const before = bucket.length;
      try {
        readBucket(remote, hash, bucket, this.remotePositions, REMOTE_ORDER);
        sources++;
      } catch {
        bucket.length = before;
      }
    }
    for (let i = 0; i < this.packs.length; i++) {
      const { packed, positions } = this.packs[i];
      const inPack = findSorted(packed.hashes, hash);
      if (inPack < 0) continue;
      const before = bucket.length;
      try {
        readBucket(packed.buckets[inPack], hash, bucket, positions, (i + 1) * PACK_ORDER);
        sources++;
      } catch {
        // A stored pack index damaged inside a bucket: that word of the pack goes unmatched,
        // and the scan, the bundled names and the other packs go on.
        bucket.length = before;
      }
    }
    if (sources === 0) return undefined;
    // Each source's bucket is sorted already; only a merge needs sorting.
    if (sources > 1) bucket.sort(compareEntries);
    this.decoded.set(hash, bucket);
    return bucket;
  }

  /** Takes buckets from the background: `positions[i]` is where its entity i sits on this page. */
  addRemote(texts: ReadonlyMap<number, string>, positions: ReadonlyMap<number, number>): void {
    for (const [remote, position] of positions) this.remotePositions[remote] = position;
    for (const [hash, text] of texts) {
      this.remoteTexts.set(hash, text);
      // A word decoded before with only its bundled entries is decoded again with these.
      this.decoded.delete(hash);
    }
  }
}

/** Binary search: where `hash` is in the ascending `hashes`, or -1. */
export function findSorted(hashes: readonly number[], hash: number): number {
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

/** Sets the first-word bit of every hash (inline, not a call per hash: see `indexPacked`). */
function setBits(bits: Uint8Array, hashes: readonly number[]): void {
  const mask = FIRST_WORD_BITS - 1;
  for (let i = 0; i < hashes.length; i++) {
    const hash = hashes[i];
    bits[(hash & mask) >> 3] |= 1 << (hash & 7);
  }
}

/**
 * The matcher's lookup over the bundled packed index and the reader's packs, packed alike.
 * Setting the bits runs once per page, in the interpreter, where a call per hash (~900
 * bundled) cost 0.5 ms against 0.2 ms inline.
 */
export function indexPacked(packed: PackedIndex, packs: readonly PackedSource[] = [], remoteBits: Uint8Array | null = null): AliasIndex {
  const firstWordBits = new Uint8Array(FIRST_WORD_BITS >> 3);
  setBits(firstWordBits, packed.hashes);
  let aliasCount = packed.count;
  for (const pack of packs) {
    setBits(firstWordBits, pack.packed.hashes);
    aliasCount += pack.packed.count;
  }
  const buckets = new LazyBuckets(packed, packs);
  return {
    byFirstWord: buckets,
    firstWordBits,
    aliasCount,
    remoteBits,
    addRemote(texts, positions) {
      buckets.addRemote(texts, positions);
      setBits(firstWordBits, [...texts.keys()]);
    },
  };
}
