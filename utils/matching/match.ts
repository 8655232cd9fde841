import type { AliasEntry, AliasIndex } from './alias-index';
import { CaseRule, FIRST_WORD_BITS, hasInnerCapital, isArticleHash, sameWordsBare } from './alias-index';
import { caseFits, fitsFirstWord, kindInLowerCase } from './case-fit';
import { afterPossessive, possessedInLowerCase } from './possessed-name';
import { foldsTo } from './chars';
import { definedAfterKey, definingKey } from './acronym-definition';
import { initialsFollow, namedWithInitials } from './named-with-initials';
import { joinedOn, joinedToUnknownName } from './hyphen-joined';
import { opensVoteByKind, otherVote } from './vote-by-kind';
import { blockMode, BlockMode, capitalBefore, opensNameRun, opensSentence, standsAlone, type MatchSpan } from './context-rules';
import { creditsRun } from './credit-fits';
import { isArticleAndAdjective, readsAsAdjective } from './adjective-name';
import { afterIndefiniteArticle, isAdjectiveAndKind } from './generic-reading';
import { fillMatch } from './fill-match';
import { cueAround, StateCue } from './state-cues';
import { standsThisYear } from './dated-names';
import { closesPersonName, opensPersonName } from './given-first';
import { addPageWord, addPageWordsIn, type PageWords } from './page-words';
import { inFilter } from './remote-filter';
import { createWord, HAS_LOWER, nextWord, STARTS_DIGIT, STARTS_UPPER } from './tokenize';
import type { TextMatch } from './text-match';
import type { DefinedInitials, PageMemory } from './page-memory';
import { keyFits, narrowTo, spellsInnerName, takeAll } from './initials-fit';
import { after, afterPart, gapBefore, readAfter, startBucket } from './words-after';
import { isPatronymicWord } from './patronymic';

export type { TextMatch } from './text-match';

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
  /** What earlier blocks of the page said: names that were a person's, initials it spelled out (see `PageMemory`). */
  memory?: PageMemory,
): void {
  mode = -1;
  const { byFirstWord, firstWordBits } = index;
  const remoteBits = onRemoteWord ? (index.remoteBits ?? null) : null;
  const mask = FIRST_WORD_BITS - 1;
  partCount = count;
  let p = 0;
  let pos = 0;
  // The last match taken: an acronym in parentheses right after it may be its definition.
  lastCandidates.length = 0;
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
    // A capitalised word may start one of the background's names (every place name is capitalised, bar its article: "el-Fasher", and a vote by its kind: "presidential election"), and so may a number ("the 2026 Peruvian general election").
    if (remoteBits !== null && ((word.caps & (STARTS_UPPER | STARTS_DIGIT)) !== 0 || isArticleHash(hash) || opensVoteByKind(hash, text, word.end)) && inFilter(remoteBits, hash)) onRemoteWord!(hash, p);
    if ((firstWordBits[(hash & mask) >> 3] & (1 << (hash & 7))) === 0) continue;
    const bucket = byFirstWord.get(hash);
    if (!bucket) continue;
    // Every entry of a bucket starts with the same word: what follows it is read once, not per entry.
    startBucket(p, word, count);
    // An index loop: `for…of` makes an iterator result per entry until the code is optimized.
    for (let e = 0; e < bucket.length; e++) {
      const entry = bucket[e];
      // "the Dutch general election": the year's, on a page of that year; on none, where the page gives no date.
      if (!standsThisYear(entry, index.datedFits)) continue;
      if (!verify(index, entry, bucket, parts, p)) continue;
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
      // "the Times-Picayune": a longer name than the Times (see `joinedOn`).
      if (alone && entry.words[0] === 'the' && joinedOn(parts, count, span)) alone = false;
      // "The Australian man who shot…": the adjective, not the paper (see `adjective-name.ts`).
      if (alone && isArticleAndAdjective(entry.words) && text[word.start] === 'T' && readsAsAdjective(parts[match.endPart], match.endOffset)) alone = false;
      // "a Palestinian state": one of a kind, not the one named (see `generic-reading.ts`).
      if (alone && isAdjectiveAndKind(entry.words, entry.cases[span.words - 1] === CaseRule.Any) && afterIndefiniteArticle(text, word.start)) alone = false;
      // "the next presidential election", "a general election": not this year's vote (see `vote-by-kind.ts`).
      if (alone && entry.dated && entry.weak && otherVote(text, word.start, parts[span.endPart].slice(span.endOffset, span.endOffset + 32))) alone = false;
      // A weak name of several words after a capitalised one stands only if its initials follow
      // ("the Lithuanian Social Democratic Party (LSDP)"): they say whose it is.
      if (!alone && !(entry.weak && span.words > 1)) {
        // "Chad" in "Chad Miller said", "Richardson" in "Mark Richardson said": a person's name here.
        // Once noted, the word's other entries in the bucket need not be asked again.
        if (memory !== undefined && mode === BlockMode.Prose && !memory.personNameWords.has(hash)) {
          if ((entry.givenName && opensNameRun(parts, count, span)) || (span.words === 1 && closesPersonName(index, parts, p, word.start))) memory.personNameWords.add(hash);
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
      match.afterNameRun = (entry.givenName || span.words === 1) && memory !== undefined && memory.personNameWords.has(hash);
      // "the Estonian Defence Forces (EDF)", "PAS (Planning Advisory Service)": initials defined
      // right here mean that name, so they stand for this entity only if it is this entity's (matched just
      // before, or spelled with the same capitals: the page's "Organisation for Security and
      // Cooperation in Europe" is the OSCE's name written another way).
      if (entry.cases.length === 1 && entry.cases[0] === CaseRule.Acronym) {
        const initials = text.slice(word.start, word.end);
        const definedHere = definingKey(text, word.start, initials) ?? definedAfterKey(text, word.end, initials);
        // "the National Electoral Council (CNE)": the initials are whichever council that name is on
        // this page (Honduras's, by its context), though Ecuador's shares both; and where they
        // spell the name, even a council that does not go by them ("the Central Election
        // Commission (CEC)" on Kosovo: Kosovo's, not Ukraine's, the one known as the CEC).
        // Where they spell only the end of it, a known body's whole name ("the 14th National Congress
        // of the Communist Party of Vietnam (CPV)"), they are that body's, not the congress's.
        const afterName = lastPart === p && text.slice(lastEnd, word.start).trim() === '(' && !spellsInnerName(index, definedHere, lastCandidates, match);
        const namedJustBefore = afterName && (definedHere !== null ? takeAll(match, lastCandidates) : narrowTo(match, lastCandidates));
        if (definedHere !== null && memory !== undefined) {
          memory.definedInitials.set(initials, { key: namedJustBefore ? (index.definitionKeyOf?.(match.entity) ?? definedHere) : definedHere, entities: namedJustBefore ? [match.entity, ...match.alternatives] : [] });
        }
        // Defined earlier on the page, the initials keep that meaning ("the EFF" after "Extended Fund Facility (EFF)").
        const defined: DefinedInitials | null = namedJustBefore ? null : definedHere !== null ? { key: definedHere, entities: [] } : (memory?.definedInitials.get(initials) ?? null);
        if (defined !== null && !(defined.entities.length > 0 ? takeAll(match, defined.entities) : keyFits(match, defined.key, index))) break;
        // Defined on the page, the initials are that name's: nothing else's of the same initials.
        if (namedJustBefore || defined !== null) match.weak = false;
      }
      if (onMatch(match) === false) {
        if (!match.weak) break;
        // Not taken: a shorter name at the same word ("Trump" in "the Trump administration"), and
        // the words inside it, may still be names. Entries run longest first; the rest of this
        // span's entries are the same words' other entities, which the match already offered.
        while (e + 1 < bucket.length && bucket[e + 1].words.length === entry.words.length) e++;
        continue;
      } else {
        // Copied without a spread: a scan allocates nothing per match.
        lastCandidates.length = 0;
        lastCandidates.push(match.entity);
        for (let i = 0; i < match.alternatives.length; i++) lastCandidates.push(match.alternatives[i]);
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

/** The entities of the last match taken in the block: initials in parentheses right after it may be its. */
const lastCandidates: number[] = [];

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


function verify(index: AliasIndex, entry: AliasEntry, bucket: readonly AliasEntry[], parts: readonly string[], p: number): boolean {
  // "Ukraine's air force": a shared body's name in lower case, after a possessive only (see `possessed-name.ts`).
  const lower = !fitsFirstWord(entry, bucket, word);
  if (lower && !possessedInLowerCase(entry, parts[p], word)) return false;
  const length = entry.words.length;
  // "Gregory K. Bovino", "Armando Alberto Benedetti": the page's middle initial or name is read past (see `middleNameAfter`).
  const skip = entry.givenFirst && length > 1 && !lower ? middleNameAfter(index, parts, entry) : 0;
  // Hashes first: they reject almost every entry without building a string.
  for (let k = 1; k < length; k++) {
    if (!readAfter(parts, k + skip)) return false;
    const next = after[k - 1 + skip];
    if (next.hash !== entry.hashes[k] || !(lower ? (next.caps & STARTS_UPPER) === 0 : caseFits(entry.cases[k], next) || afterPossessive(entry, k) || kindInLowerCase(entry, k))) return false;
  }
  if (!foldsTo(parts[p], word.start, word.end, entry.words[0])) return false;
  for (let k = 1; k < length; k++) {
    const next = after[k - 1 + skip];
    if (!foldsTo(parts[afterPart[k + skip]], next.start, next.end, entry.words[k])) return false;
    if (k > 1 && gapBefore(parts, k + skip) !== entry.gaps[k - 1]) return false;
  }
  if (skip === 0 && length > 1 && gapBefore(parts, 1) !== entry.gaps[0]) return false;
  if (!lower && (!acronymsFit(entry, parts, p) || !innerCapitalsFit(entry, parts, p))) return false;
  match.possessed = lower;
  match.endPart = length === 1 ? p : afterPart[length - 1 + skip];
  match.endOffset = length === 1 ? word.end : after[length - 2 + skip].end;
  // "OPEC+" is no "OPEC", nor "Disney+" Disney: a plus after the name belongs to it.
  const plusAfter = parts[match.endPart].charCodeAt(match.endOffset) === 43;
  if (entry.plus) {
    if (!plusAfter) return false;
    match.endOffset++;
  } else if (plusAfter && hasPlusTwin(entry, bucket)) return false;
  return true;
}

/**
 * How many words stand between a person's first word and the next, as papers write people in
 * full: one for a middle initial or a middle name, "Gregory K. Bovino" (a lone capital and a
 * period), "Armando Alberto Benedetti" (a given name that opens some known person's name; see
 * `opensPersonName`); two for a father's name and a patronymic word, "Samir Musa oglu Rzayev"
 * (see `patronymic.ts`). 0 where the page goes on with the name's own next word or none that
 * fits. Only where the name's first word is a given name and has no middle one of its own; a
 * name that holds its initial is matched as written, longest first ("George W. Bush" is not his
 * father's "George Bush").
 */
function middleNameAfter(index: AliasIndex, parts: readonly string[], entry: AliasEntry): number {
  if (entry.gaps[0] !== '' || !readAfter(parts, 1)) return 0;
  const middle = after[0];
  // Hashes first: most names go on with their own next word, or with none that fits.
  if ((middle.caps & STARTS_UPPER) === 0 || middle.hash === entry.hashes[1] || !readAfter(parts, 2)) return 0;
  if (after[1].hash !== entry.hashes[1]) return patronymicAfter(parts, entry) ? 2 : 0;
  if (afterPart[1] !== afterPart[2]) return 0;
  // Normalised, a space is no gap and ". " a period (see `normaliseGap`).
  if (gapBefore(parts, 1) !== '') return 0;
  if (middle.end - middle.start === 1) return gapBefore(parts, 2) === '.' && entry.words[1].length > 1 ? 1 : 0;
  return gapBefore(parts, 2) === '' && opensPersonName(index, parts[afterPart[1]].slice(middle.start, middle.end)) ? 1 : 0;
}

/** Whether a father's name and a patronymic word, one space apart, come before the name's next word ("Musa oglu Rzayev"). */
function patronymicAfter(parts: readonly string[], entry: AliasEntry): boolean {
  if (after[1].caps & STARTS_UPPER || !readAfter(parts, 3) || after[2].hash !== entry.hashes[1]) return false;
  if (afterPart[1] !== afterPart[3] || gapBefore(parts, 1) !== '' || gapBefore(parts, 2) !== '' || gapBefore(parts, 3) !== '') return false;
  return isPatronymicWord(parts[afterPart[2]].slice(after[1].start, after[1].end));
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
