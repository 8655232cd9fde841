import type { AliasEntry, AliasIndex } from './alias-index';
import { CaseRule, FIRST_WORD_BITS, hasInnerCapital, isArticleHash, sameWordsBare } from './alias-index';
import { caseFits, fitsFirstWord, kindInLowerCase } from './case-fit';
import { afterPossessive, possessedInLowerCase } from './possessed-name';
import { foldsTo } from './chars';
import { normaliseGap } from './gaps';
import { definedAfterKey, definingKey } from './acronym-definition';
import { initialsFollow, namedWithInitials } from './named-with-initials';
import { joinedToUnknownName } from './hyphen-joined';
import { blockMode, BlockMode, capitalBefore, opensNameRun, opensSentence, standsAlone, type MatchSpan } from './context-rules';
import { creditsRun } from './credit-fits';
import { fillMatch } from './fill-match';
import { afterQuotedNickname } from './quoted-nickname';
import { cueAround, StateCue } from './state-cues';
import { standsThisYear } from './dated-names';
import { closesPersonName, opensPersonName } from './given-first';
import { addPageWord, addPageWordsIn, type PageWords } from './page-words';
import { inFilter } from './remote-filter';
import { createWord, HAS_LOWER, nextWord, STARTS_DIGIT, STARTS_UPPER, type Word } from './tokenize';
import type { TextMatch } from './text-match';

export type { TextMatch } from './text-match';

/** Longer gaps than this between two words of a name are never a joiner ("D.C." has one character). */
const MAX_GAP_CHARS = 12;

const word = createWord();

/**
 * Hands every alias in the first `count` of `parts` (consecutive text nodes of one block, read
 * as one text) to `onMatch`, leftmost and longest first, whole words only, with each alias
 * word's case rule checked against the page's own spelling. Words are hashed as they are read
 * and dropped at once unless they can start an alias, and the match handed over is one
 * record reused for every call (valid only during it): a scan allocates nothing per word or
 * per match. With `pageWords`, every word read is noted there too (see `PageWords`).
 */
export function eachMatch(
  parts: readonly string[],
  index: AliasIndex,
  count: number,
  onMatch: (match: Readonly<TextMatch>) => boolean | void,
  onRemoteWord?: (hash: number, part: number) => void,
  pageWords?: PageWords,
  /** Hashes of names the page wrote as part of a person's (see `TextMatch.afterNameRun`), kept for the page. */
  personNameWords?: Set<number>,
): void {
  mode = -1;
  const { byFirstWord, firstWordBits } = index;
  const remoteBits = onRemoteWord ? (index.remoteBits ?? null) : null;
  const mask = FIRST_WORD_BITS - 1;
  partCount = count;
  let p = 0;
  let pos = 0;
  // The last match taken: an acronym in parentheses right after it may be its definition.
  let lastEntity = -1;
  let lastPart = -1;
  let lastEnd = 0;
  while (p < count) {
    const text = parts[p];
    if (!nextWord(text, pos, word)) {
      p++;
      pos = 0;
      continue;
    }
    pos = word.end;
    const hash = word.hash;
    if (pageWords !== undefined) addPageWord(pageWords, hash);
    // A capitalised word may start one of the background's names (every place name is capitalised, bar its article: "el-Fasher"), and so may a number ("the 2026 Peruvian general election").
    if (remoteBits !== null && ((word.caps & (STARTS_UPPER | STARTS_DIGIT)) !== 0 || isArticleHash(hash)) && inFilter(remoteBits, hash)) onRemoteWord!(hash, p);
    if ((firstWordBits[(hash & mask) >> 3] & (1 << (hash & 7))) === 0) continue;
    const bucket = byFirstWord.get(hash);
    if (!bucket) continue;
    // Every entry of a bucket starts with the same word: what follows it is read once, not per entry.
    startBucket(p);
    // An index loop: `for…of` makes an iterator result per entry until the code is optimized.
    for (let e = 0; e < bucket.length; e++) {
      const entry = bucket[e];
      // "the Dutch general election": the year's, on a page of that year; on none, where the page gives no date.
      if (!standsThisYear(entry, index.datedFits)) continue;
      if (!verify(entry, bucket, parts, p)) continue;
      // "New York" as the state's alone, "Poltava" as the region's: only where its words stand around it (see `state-cues.ts`).
      if ((entry.cues & StateCue.CueOnly) !== 0 && !(match.endPart === p && cueAround(entry.cues, parts[p], word.start, match.endOffset))) continue;
      // `verify` has set where the match ends; the context decides whether it is a name here.
      match.startPart = p;
      match.startOffset = word.start;
      span.startPart = p;
      span.startOffset = word.start;
      span.endPart = match.endPart;
      span.endOffset = match.endOffset;
      span.words = entry.words.length;
      if (mode < 0) mode = blockMode(parts, count);
      // A name the page wrote in capitals: "DAX" for "Dax", "FICO" for "Fico".
      const inCapitals = (word.caps & HAS_LOWER) === 0;
      const nameInCapitals = inCapitals && entry.cases[0] === CaseRule.Capital;
      // "BOE" for "BoE" reads like an acronym: not inside all-caps text ("LET US PRAY" is no "LeT").
      const capsWord = entry.capsWord || (inCapitals && entry.cases[0] === CaseRule.InnerCapital);
      let alone = standsAlone(parts, count, span, capsWord, mode as BlockMode, nameInCapitals, entry.weak) && !joinedToUnknownName(index, parts, p, word.start);
      // A capitalised word before it that is a person's given name makes one name with it ("Jimmy Buffett").
      if (alone) {
        const before = capitalBefore(parts, span, mode as BlockMode);
        if (before !== null && opensPersonName(index, before)) alone = false;
      }
      // "(AP Photo/Staff)": a credit, not a longer name that holds the agency's.
      if (!alone && match.endPart === p && creditsRun(bucket, e, parts[p], word.start, match.endOffset)) alone = true;
      // A weak name of several words after a capitalised one stands only if its initials follow
      // ("the Lithuanian Social Democratic Party (LSDP)"): they say whose it is.
      if (!alone && !(entry.weak && span.words > 1)) {
        // "Chad" in "Chad Miller said", "Richardson" in "Mark Richardson said": a person's name here.
        // Once noted, the word's other entries in the bucket need not be asked again.
        if (personNameWords !== undefined && mode === BlockMode.Prose && !personNameWords.has(hash)) {
          if ((entry.givenName && opensNameRun(parts, count, span)) || (span.words === 1 && closesPersonName(index, parts, p, word.start))) personNameWords.add(hash);
        }
        continue;
      }
      fillMatch(match, entry, bucket, e, parts, p, word, partCount, index.datedFits);
      if (match.weak && match.endPart === match.startPart) {
        const named = namedWithInitials(text, match.endOffset, match.entity, match.alternatives, index);
        if (named >= 0) {
          match.entity = named;
          match.weak = false;
          match.alternatives.length = 0;
        } else if (named === -1 && initialsFollow(text, match.endOffset)) continue;
      }
      if (!alone && match.weak) continue;
      match.opensSentence = match.weak && span.words === 1 && opensSentence(parts, span);
      match.afterNameRun = (entry.givenName || span.words === 1) && personNameWords !== undefined && personNameWords.has(hash);
      // "the Estonian Defence Forces (EDF)", "PAS (Planning Advisory Service)": initials defined
      // right here mean that name, so they stand for this entity only if it is this entity's (matched just
      // before, or spelled with the same capitals: the page's "Organisation for Security and
      // Cooperation in Europe" is the OSCE's name written another way).
      if (entry.cases.length === 1 && entry.cases[0] === CaseRule.Acronym) {
        const initials = text.slice(word.start, word.end);
        const defined = definingKey(text, word.start, initials) ?? definedAfterKey(text, word.end, initials);
        const namedJustBefore = lastPart === p && lastEntity === match.entity && text.slice(lastEnd, word.start).trim() === '(';
        if (defined !== null && !namedJustBefore && index.definitionKeyOf?.(match.entity) !== defined) break;
      }
      if (onMatch(match) === false) {
        if (!match.weak) break;
        // Not taken: a shorter name at the same word ("Trump" in "the Trump administration"), and
        // the words inside it, may still be names. Entries run longest first; the rest of this
        // span's entries are the same words' other entities, which the match already offered.
        while (e + 1 < bucket.length && bucket[e + 1].words.length === entry.words.length) e++;
        continue;
      } else {
        lastEntity = match.entity;
        lastPart = match.endPart;
        lastEnd = match.endOffset;
      }
      if (pageWords !== undefined) addPageWordsIn(pageWords, parts, p, word.end, match.endPart, match.endOffset);
      p = match.endPart;
      pos = match.endOffset;
      break;
    }
  }
}

/** The record `eachMatch` fills for each match (`verify` writes where it ends). */
const match: TextMatch = { entity: 0, weak: false, alternatives: [], startPart: 0, startOffset: 0, endPart: 0, endOffset: 0, opensSentence: false, afterNameRun: false, credited: false, stateCued: false };
const span: MatchSpan = { startPart: 0, startOffset: 0, endPart: 0, endOffset: 0, words: 0 };
/** The current block's `BlockMode`, worked out at its first match (-1 before). */
let mode = -1;

/** Every match in `parts` as its own record (for callers that keep them: tests, tools). */
export function findMatches(parts: readonly string[], index: AliasIndex, count = parts.length): TextMatch[] {
  const found: TextMatch[] = [];
  eachMatch(parts, index, count, (m) => void found.push({ ...m, alternatives: [...m.alternatives] }));
  return found;
}

/** How many of `parts` are read (the caller's buffer may be longer). */
let partCount = 0;

/**
 * The words after a bucket's first word, read as entries ask for them: `after[k]` is the
 * k-th word after it, in part `afterPart[k]`, with `afterGap[k]` (or null) the text between.
 * Entries of one bucket mostly fail on the second word's hash, so a miss costs no string.
 */
const after: Word[] = [];
const afterPart: number[] = [];
const afterGap: (string | null)[] = [];
let afterRead = 0;
/** Set once no further word can join (end of the run, or a gap too long to be a joiner). */
let afterEnded = false;

function startBucket(p: number): void {
  afterRead = 0;
  afterEnded = false;
  afterPart[0] = p;
}

/** Reads the k-th word after the first (k ≥ 1) if not read yet; false when there is none. */
function readAfter(parts: readonly string[], k: number): boolean {
  while (afterRead < k) {
    if (afterEnded) return false;
    const prev = afterRead === 0 ? word : after[afterRead - 1];
    let part = afterPart[afterRead];
    let from = prev.end;
    let gapLength = 0;
    const next = (after[afterRead] ??= createWord());
    while (!nextWord(parts[part], from, next)) {
      gapLength += parts[part].length - from;
      if (++part >= partCount || gapLength > MAX_GAP_CHARS) {
        afterEnded = true;
        return false;
      }
      from = 0;
    }
    gapLength += next.start - from;
    if (gapLength > MAX_GAP_CHARS) {
      afterEnded = true;
      return false;
    }
    afterRead++;
    afterPart[afterRead] = part;
    afterGap[afterRead] = null;
    // Jorge "Tuto" Quiroga: the quoted nickname reads as the space between the names.
    if ((prev.caps & STARTS_UPPER) !== 0 && (next.caps & STARTS_UPPER) !== 0) {
      const resume = afterQuotedNickname(parts[part], next.start, next.end);
      if (resume >= 0 && nextWord(parts[part], resume, next)) afterGap[afterRead] = '';
    }
  }
  return true;
}

/** The normalised text between word k-1 and word k (read on demand: only a near-match needs it). */
function gapBefore(parts: readonly string[], k: number): string {
  const cached = afterGap[k];
  if (cached !== null) return cached;
  const prev = k === 1 ? word : after[k - 2];
  const start = afterPart[k - 1];
  const end = afterPart[k];
  const next = after[k - 1];
  let gap = start === end ? parts[start].slice(prev.end, next.start) : parts[start].slice(prev.end);
  for (let part = start + 1; part < end; part++) gap += parts[part];
  if (start !== end) gap += parts[end].slice(0, next.start);
  return (afterGap[k] = normaliseGap(gap));
}

function verify(entry: AliasEntry, bucket: readonly AliasEntry[], parts: readonly string[], p: number): boolean {
  // "Ukraine's air force": a shared body's name in lower case, after a possessive only (see `possessed-name.ts`).
  const lower = !fitsFirstWord(entry, bucket, word);
  if (lower && !possessedInLowerCase(entry, parts[p], word)) return false;
  const length = entry.words.length;
  // Hashes first: they reject almost every entry without building a string.
  for (let k = 1; k < length; k++) {
    if (!readAfter(parts, k)) return false;
    const next = after[k - 1];
    if (next.hash !== entry.hashes[k] || !(lower ? (next.caps & STARTS_UPPER) === 0 : caseFits(entry.cases[k], next) || afterPossessive(entry, k) || kindInLowerCase(entry, k))) return false;
  }
  if (!foldsTo(parts[p], word.start, word.end, entry.words[0])) return false;
  for (let k = 1; k < length; k++) {
    const next = after[k - 1];
    if (!foldsTo(parts[afterPart[k]], next.start, next.end, entry.words[k])) return false;
    if (gapBefore(parts, k) !== entry.gaps[k - 1]) return false;
  }
  if (!lower && (!acronymsFit(entry, parts, p) || !innerCapitalsFit(entry, parts, p))) return false;
  match.possessed = lower;
  match.endPart = length === 1 ? p : afterPart[length - 1];
  match.endOffset = length === 1 ? word.end : after[length - 2].end;
  // "OPEC+" is no "OPEC", nor "Disney+" Disney: a plus after the name belongs to it.
  const plusAfter = parts[match.endPart].charCodeAt(match.endOffset) === 43;
  if (entry.plus) {
    if (!plusAfter) return false;
    match.endOffset++;
  } else if (plusAfter && hasPlusTwin(entry, bucket)) return false;
  return true;
}

/** Whether the bucket names something else with the entry's words and a plus ("OPEC+" beside "OPEC"). */
function hasPlusTwin(entry: AliasEntry, bucket: readonly AliasEntry[]): boolean {
  for (let f = 0; f < bucket.length; f++) if (bucket[f].plus && bucket[f].words.length === entry.words.length && sameWordsBare(bucket[f], entry)) return true;
  return false;
}

/** An acronym word has at least one capital on the page ("G7" and "EU", never a bare "7"). */
function acronymsFit(entry: AliasEntry, parts: readonly string[], p: number): boolean {
  for (let k = 0; k < entry.cases.length; k++) {
    if (entry.cases[k] !== CaseRule.Acronym) continue;
    const w = k === 0 ? word : after[k - 1];
    const slice = parts[k === 0 ? p : afterPart[k]].slice(w.start, w.end);
    if (slice === slice.toLowerCase()) return false;
  }
  return true;
}

/**
 * A mixed-case alias word with capitals inside ("PiS") needs one inside on the page too ("Pis",
 * "Let" are other words); all in capitals ("BOE") it has them.
 */
function innerCapitalsFit(entry: AliasEntry, parts: readonly string[], p: number): boolean {
  for (let k = 0; k < entry.cases.length; k++) {
    if (entry.cases[k] !== CaseRule.InnerCapital) continue;
    const w = k === 0 ? word : after[k - 1];
    if ((w.caps & HAS_LOWER) !== 0 && !hasInnerCapital(parts[k === 0 ? p : afterPart[k]].slice(w.start, w.end))) return false;
  }
  return true;
}
