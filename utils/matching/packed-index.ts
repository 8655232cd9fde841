import type { CompiledAlias } from '../knowledge/types.ts';
import { compareEntries, FIRST_WORD_BITS, groupByFirstWord, prepareAliases, setFirstWordBit, type AliasEntry, type AliasIndex } from './alias-index.ts';
import { hashFolded } from './tokenize.ts';

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
  /** `buckets[i]`: the entries whose first word hashes to `hashes[i]` (see `writeEntry`). */
  buckets: string[];
}

/** One entry as text: `entity,order,weak,cases,words,gaps` (base 36; words by spaces; gaps URI-encoded, by spaces). */
function writeEntry(e: AliasEntry): string {
  const gaps = e.gaps.map(encodeURIComponent).join(' ');
  return [e.entity.toString(36), e.order.toString(36), e.weak ? 1 : 0, e.cases.join(''), e.words.join(' '), gaps].join(',');
}

/** Reads one entry back; a plain loop and native splits, as it runs cold on a page's first scan. */
function readEntry(text: string): AliasEntry {
  const fields = text.split(',');
  const folded = fields[4].split(' ');
  const hashes: number[] = [];
  const cases: number[] = [];
  for (let k = 0; k < folded.length; k++) {
    hashes.push(hashFolded(folded[k]));
    cases.push(fields[3].charCodeAt(k) - 48);
  }
  const gaps = folded.length > 1 ? fields[5].split(' ') : [];
  for (let k = 0; k < gaps.length; k++) if (gaps[k].includes('%')) gaps[k] = decodeURIComponent(gaps[k]);
  return { entity: parseInt(fields[0], 36), weak: fields[2] === '1', hashes, words: folded, gaps, cases, order: parseInt(fields[1], 36) };
}

/** Packs aliases at build time. */
export function packIndex(aliases: readonly CompiledAlias[]): PackedIndex {
  const entries = prepareAliases(aliases);
  const byHash = [...groupByFirstWord(entries)].sort((a, b) => a[0] - b[0]);
  return { count: entries.length, hashes: byHash.map(([hash]) => hash), buckets: byHash.map(([, bucket]) => bucket.map(writeEntry).join(';')) };
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
    if (at >= 0) {
      const texts = this.packed.buckets[at].split(';');
      for (let k = 0; k < texts.length; k++) bucket.push(readEntry(texts[k]));
    }
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
  for (let i = 0; i < hashes.length; i++) setFirstWordBit(firstWordBits, hashes[i]);
  const extraBuckets = groupByFirstWord(extra);
  for (const hash of extraBuckets.keys()) setFirstWordBit(firstWordBits, hash);
  return { byFirstWord: new LazyBuckets(packed, extraBuckets), firstWordBits, aliasCount: packed.count + extra.length };
}
