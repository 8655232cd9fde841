import type { CompiledAlias } from '../knowledge/types.ts';
import { charInfo, foldString, IS_UPPER } from './chars.ts';
import { HONORIFIC_BIT } from './cues.ts';
import { normaliseGap } from './gaps.ts';
import { createWord, HAS_LOWER, hashOf, nextWord, STARTS_UPPER } from './tokenize.ts';

/** What case a page word must have to count as one word of an alias. */
export const CaseRule = {
  /** The alias word is lower case ("von", "der"): any case. */
  Any: 0,
  /** Capitalised like a name: the page word must start upper-case. */
  Capital: 1,
  /** An acronym (EU, NATO): the page word must be all capitals. */
  Acronym: 2,
  /**
   * Capitals inside a mixed-case word ("PiS", "LeT", "BoE", "McCarthy"): the page word must
   * have them too. Read as a capitalised word, "LeT" marked every "Let me…" of a real page.
   */
  InnerCapital: 3,
} as const;
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

/** Bits of a compiled alias's flags. */
export const AliasFlag = {
  Weak: 1,
  /** An acronym that is also an English word ("US", "IT", "WHO"): not inside all-caps text. */
  CapsWord: 2,
  /**
   * One word that is a common given name and names no person here ("Chad", "Jordan",
   * "Florence"): a page that wrote it before another capitalised word ("Chad Miller") may use
   * it alone for that person (see `TextMatch.afterNameRun`).
   */
  GivenName: 4,
  /**
   * A person's name of several words whose first word is a common given name and no everyday
   * word ("Jimmy Carter"): that word, capitalised, opens a person's name wherever it stands,
   * even at a sentence's start ("Jimmy Buffett died" is not Warren Buffett).
   */
  GivenFirst: 8,
  /** The cue groups (see `cues.ts`) that fit the entity start at this bit. */
  CueShift: 4,
  /**
   * The alias ends in a plus ("OPEC+", "Disney+", "Canal+"), which the page must write too;
   * above every cue bit (they end at bit 28).
   */
  Plus: 1 << 30,
  /**
   * A year-named event's name without its year ("Dutch general election" of "2025 Dutch general
   * election"): it stands for the event only on a page dated in the event's year (see `dated-names.ts`).
   */
  Dated: 1 << 29,
} as const;

/** One alias ready to be matched: the hashes and folded words it is made of. */
export interface AliasEntry {
  entity: number;
  weak: boolean;
  capsWord: boolean;
  /** See `AliasFlag.GivenName`. */
  givenName: boolean;
  /** See `AliasFlag.GivenFirst`. */
  givenFirst: boolean;
  /** Cue groups whose words before this alias make it strong (0: none). */
  cues: number;
  /** See `AliasFlag.Plus`. */
  plus: boolean;
  /** See `AliasFlag.Dated`. */
  dated: boolean;
  hashes: readonly number[];
  words: readonly string[];
  /** Normalised gap before each word after the first. */
  gaps: readonly string[];
  cases: readonly number[];
  /** Position in the source list, so results stay stable. */
  order: number;
}

/** Alias entries by the hash of their first word, longest first. */
export interface AliasIndex {
  /** A Map, or buckets decoded on first use (the bundled knowledge, see `packed-index`). */
  byFirstWord: { get(hash: number): readonly AliasEntry[] | undefined };
  /** A bit per hash bucket: most page words start no alias, and a bit test is cheaper than a Map lookup. */
  firstWordBits: Uint8Array;
  aliasCount: number;
  /** First words of the background's aliases (see `remote-filter.ts`), or null when there are none. */
  remoteBits?: Uint8Array | null;
  /** Adds buckets the background sent: by first-word hash, with each remote entity's position on the page. */
  addRemote?(texts: ReadonlyMap<number, string>, positions: ReadonlyMap<number, number>): void;
  /** Whether a dated name (see `AliasFlag.Dated`) may stand for this event on this page: none, where the page gives no date. */
  datedFits?(entity: number): boolean;
  /** An entity's name as initials a page defines are compared with it (see `definitionKey`). */
  definitionKeyOf?(entity: number): string;
}

/** Size of the first-word filter: 2^18 bits (32 KB) keeps false hits under 10% at 20,000 aliases. */
export const FIRST_WORD_BITS = 1 << 18;

/** Text with no code unit past ASCII folds by plain `toLowerCase()`. */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

/**
 * A word's case rule, from the case bits the page's word reader already found: only a word
 * with no lower-case letter that starts upper-case can be an acronym, and only then are its
 * letters counted ("EU" is one, "G7" is a name: an acronym needs two capitals).
 */
function caseRuleOf(word: string, caps: number): CaseRule {
  if ((caps & STARTS_UPPER) === 0) return CaseRule.Any;
  if ((caps & HAS_LOWER) !== 0) return hasInnerCapital(word) ? CaseRule.InnerCapital : CaseRule.Capital;
  let upper = 0;
  for (let i = 0; i < word.length && upper < 2; i++) if (charInfo(word.charCodeAt(i)) & IS_UPPER) upper++;
  return upper >= 2 ? CaseRule.Acronym : CaseRule.Capital;
}

/** A capital after the word's first letter ("PiS", "McCarthy"). */
export function hasInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (charInfo(word.charCodeAt(i)) & IS_UPPER) return true;
  return false;
}

const scratch = createWord();

/** The entry fields an alias's flags hold. */
type AliasFlagField = 'weak' | 'capsWord' | 'givenName' | 'givenFirst' | 'cues' | 'plus' | 'dated';

/** Whether two entries of one bucket are the same words (a shared alias, not one name that starts another; "OPEC+" is not "OPEC"). */
export function sameWords(a: AliasEntry, b: AliasEntry): boolean {
  return a.plus === b.plus && sameWordsBare(a, b);
}

/** Whether two entries of one bucket have the same words, whatever follows them. */
export function sameWordsBare(a: AliasEntry, b: AliasEntry): boolean {
  for (let k = 0; k < a.words.length; k++) if (a.words[k] !== b.words[k]) return false;
  return true;
}

/** Every cue bit that the weak aliases of `bucket[e]`'s words carry (its entity's and those sharing them). */
export function spanCues(bucket: readonly AliasEntry[], e: number): number {
  const entry = bucket[e];
  let bits = 0;
  for (let f = e; f < bucket.length && bucket[f].words.length === entry.words.length; f++) if (bucket[f].weak && (f === e || sameWords(bucket[f], entry))) bits |= bucket[f].cues;
  return bits;
}

/**
 * The weak alias (or contested strong one) of `bucket[e]`'s words whose cues hold any of
 * `bits` ("President" for the one sharer of "Costa" who is a president, a credit for the one
 * agency called "AFP"); null when none does, or when two entities do (the name stays ambiguous).
 */
export function soleCueFit(bucket: readonly AliasEntry[], e: number, bits: number): AliasEntry | null {
  const entry = bucket[e];
  let fitting: AliasEntry | null = null;
  for (let f = e; f < bucket.length && bucket[f].words.length === entry.words.length; f++) {
    const candidate = bucket[f];
    // A strong name carries cues only where another person's family name contests it ("Trump"):
    // a title settles it, an honorific ("Mr Trump") fits both and settles nothing.
    const cues = candidate.weak ? candidate.cues : candidate.cues & ~HONORIFIC_BIT;
    if ((cues & bits) === 0 || (f !== e && !sameWords(candidate, entry))) continue;
    if (fitting && fitting.entity !== candidate.entity) return null;
    fitting = candidate;
  }
  return fitting;
}

/** An alias's flags as its entry's fields. */
export function readFlags(flags: number): Pick<AliasEntry, AliasFlagField> {
  return {
    weak: (flags & AliasFlag.Weak) !== 0,
    capsWord: (flags & AliasFlag.CapsWord) !== 0,
    givenName: (flags & AliasFlag.GivenName) !== 0,
    givenFirst: (flags & AliasFlag.GivenFirst) !== 0,
    cues: (flags & ~(AliasFlag.Plus | AliasFlag.Dated)) >>> AliasFlag.CueShift >>> 0,
    plus: (flags & AliasFlag.Plus) !== 0,
    dated: (flags & AliasFlag.Dated) !== 0,
  };
}

/** An entry's fields as the flags number it was made from. */
export function writeFlags(entry: Pick<AliasEntry, 'weak' | 'capsWord' | 'givenName' | 'cues'> & { givenFirst?: boolean; plus?: boolean; dated?: boolean }): number {
  return (
    (entry.plus === true ? AliasFlag.Plus : 0) |
    (entry.dated === true ? AliasFlag.Dated : 0) |
    (entry.weak ? AliasFlag.Weak : 0) |
    (entry.capsWord ? AliasFlag.CapsWord : 0) |
    (entry.givenName ? AliasFlag.GivenName : 0) |
    (entry.givenFirst === true ? AliasFlag.GivenFirst : 0) |
    (entry.cues << AliasFlag.CueShift)
  );
}

/**
 * The Arabic article that starts a name ("El Fasher", "Al Jazeera"), which news also writes in
 * lower case and joined ("el-Fasher", AP's style): it matches in either case.
 */
const ARTICLES = ['al', 'el'];
export const isArticle = (folded: string): boolean => ARTICLES.includes(folded);
const [AL, EL] = ARTICLES.map(hashOf);
/** A page word that is the article (see `isArticle`): a lower-case word that may start a name. */
export const isArticleHash = (hash: number): boolean => hash === AL || hash === EL;

/**
 * One alias ready to match, or null when it has no words. `order` keeps results stable.
 * Words are read with the page's own word reader, whose hash and case bits are kept, so each
 * alias is read once (a reader's pack of 20,000 aliases is prepared on every page it opens).
 */
export function prepareAlias(text: string, entity: number, flags: number, order: number): AliasEntry | null {
  const words: string[] = [];
  const gaps: string[] = [];
  const hashes: number[] = [];
  const cases: number[] = [];
  const ascii = ASCII_ONLY.test(text);
  let last = -1;
  for (let pos = 0; nextWord(text, pos, scratch); pos = scratch.end) {
    if (last >= 0) gaps.push(normaliseGap(text.slice(last, scratch.start)));
    const raw = text.slice(scratch.start, scratch.end);
    words.push(ascii ? raw.toLowerCase() : foldString(raw));
    hashes.push(scratch.hash);
    cases.push(caseRuleOf(raw, scratch.caps));
    last = scratch.end;
  }
  if (words.length === 0) return null;
  if (words.length > 1 && isArticle(words[0])) cases[0] = CaseRule.Any;
  const plus = text.charCodeAt(text.length - 1) === 43 ? AliasFlag.Plus : 0;
  return { entity, ...readFlags(flags | plus), hashes, words, gaps, cases, order };
}

/**
 * Turns aliases into entries ready to match: words, hashes, gaps and case rules, each
 * (entity, text) pair once.
 */
export function prepareAliases(aliases: readonly CompiledAlias[], firstOrder = 0): AliasEntry[] {
  const seen = new Set<string>();
  const entries: AliasEntry[] = [];
  for (let i = 0; i < aliases.length; i++) {
    // Index reads, not destructuring: that runs the iterator protocol, costly in cold code.
    const alias = aliases[i];
    const text = alias[0];
    const entity = alias[1];
    const key = `${entity}\u0000${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = prepareAlias(text, entity, alias[2], firstOrder + i);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** Bucket order: longest first, and at equal length strong before weak, so the first hit is the best. */
export const compareEntries = (a: AliasEntry, b: AliasEntry): number =>
  b.words.length - a.words.length || Number(a.weak) - Number(b.weak) || a.order - b.order;

/** Sets a hash's bit in the first-word filter. */
export function setFirstWordBit(bits: Uint8Array, hash: number): void {
  bits[(hash & (FIRST_WORD_BITS - 1)) >> 3] |= 1 << (hash & 7);
}

/** The lookup the matcher scans with, from prepared entries. Cost grows with the number of aliases only. */
export function indexAliases(entries: readonly AliasEntry[]): AliasIndex {
  const byFirstWord = groupByFirstWord(entries);
  const firstWordBits = new Uint8Array(FIRST_WORD_BITS >> 3);
  for (const hash of byFirstWord.keys()) setFirstWordBit(firstWordBits, hash);
  return { byFirstWord, firstWordBits, aliasCount: entries.length };
}

/** Entries by the hash of their first word, each bucket in match order. */
export function groupByFirstWord(entries: readonly AliasEntry[]): Map<number, AliasEntry[]> {
  const byFirstWord = new Map<number, AliasEntry[]>();
  for (const entry of entries) {
    const bucket = byFirstWord.get(entry.hashes[0]);
    if (bucket) bucket.push(entry);
    else byFirstWord.set(entry.hashes[0], [entry]);
  }
  for (const bucket of byFirstWord.values()) if (bucket.length > 1) bucket.sort(compareEntries);
  return byFirstWord;
}

/** Prepares and indexes in one step. */
export function buildAliasIndex(aliases: readonly CompiledAlias[]): AliasIndex {
  return indexAliases(prepareAliases(aliases));
}
