import { cueBit } from './cues';
import { capitalOnlyOpensSentence, isAllCapsWord, isMonth, isSpaceGap, joinsRun, startsUpper } from './run-words';
import { afterNamePrefix, endsHeadedName, namesAThing, senateContest } from './thing-names';
import { inHandle } from './handles';
import { wordAfter, wordBefore } from './neighbours';
import { createWord, HAS_LOWER, nextWord, STARTS_UPPER } from './tokenize';
import { AMPERSAND_NAME, inJoinedName } from './joined-name';
import { ofNameBeforeRun } from './of-name-before-run';
import { bodyNounAfter, closesOfName, closesParticleName, headsBodyName } from './body-runs';
import { HYPHENS, inHyphenatedName } from './hyphen-joined';
import { DIGIT, LETTER, UPPER } from './letter-classes';

/** How a block's text is written, which decides which context rules apply. */
export const BlockMode = {
  /** Sentences: capitals mark names, so a capitalised run is one name. */
  Prose: 0,
  /** Title Case (headlines, menus): most words capitalised, so capitals say nothing. */
  TitleCase: 1,
  /** ALL CAPS (banners, kickers, datelines): acronyms that are words ("US", "IT") are just words. */
  AllCaps: 2,
} as const;
export type BlockMode = (typeof BlockMode)[keyof typeof BlockMode];

/** Words read to judge a block's mode: headlines and banners are short, so a longer block is prose. */
const MODE_WORDS = 40;
/**
 * The words Title Case leaves in lower case (AP's and Chicago's: articles, conjunctions,
 * prepositions, and the particles of names), and the forms of "to be" that many sites' headlines
 * write small ("Venezuela is Not a Colony": Delcy Rodriguez Takes Power). Any other word in lower
 * case makes a sentence: "The Buffalo Bills beat the Dallas Cowboys" is no headline, short as its words are.
 */
const TITLE_CASE_MINOR = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via vs v with from into onto over upon amid than de la le du des von van der den al el di da do dos das y e und et is are was be'.split(' '),
);
const scratch = createWord();

/** How the first `count` parts (one block) are written. */
export function blockMode(parts: readonly string[], count: number): BlockMode {
  let words = 0;
  let capitalised = 0;
  let allCaps = 0;
  let minor = 0;
  let longLower = 0;
  for (let p = 0; p < count; p++) {
    const text = parts[p];
    for (let pos = 0; nextWord(text, pos, scratch); pos = scratch.end) {
      if (++words > MODE_WORDS) return BlockMode.Prose;
      const length = scratch.end - scratch.start;
      if ((scratch.caps & STARTS_UPPER) !== 0) {
        capitalised++;
        if ((scratch.caps & HAS_LOWER) === 0 && length >= 2) allCaps++;
      // One small letter is a possessive's or a contraction's ("Fico’s", "Don’t"), which Title Case keeps small too.
      } else if (length === 1 || (length <= 5 && TITLE_CASE_MINOR.has(text.slice(scratch.start, scratch.end))) || (scratch.caps & HAS_LOWER) === 0) minor++; // and numbers
      else longLower++; // "writes", "beat", "yesterday": a sentence
    }
  }
  if (allCaps >= 2 && allCaps >= words * 0.6) return BlockMode.AllCaps;
  const counted = words - minor;
  return longLower === 0 && counted >= 3 && capitalised >= counted * 0.8 ? BlockMode.TitleCase : BlockMode.Prose;
}

/**
 * Whether a one-word match in prose opens a person's longer name ("Chad" in "Chad Miller
 * said"): the matcher passed it over, and the page has shown the word as a given name. Not
 * before a body's noun: "Victoria Police" opens a body's name (see `bodyNounAfter`).
 */
export function opensNameRun(parts: readonly string[], count: number, span: MatchSpan): boolean {
  return span.words === 1 && nameGoesOn(parts, count, span.endPart, span.endOffset) && !bodyNounAfter(parts, count, span);
}

/**
 * Whether a capitalised word that joins a run follows the text ending at `offset` in part
 * `part` ("Jordan Bardella", "Paris Hilton"); titles and weekdays do not ("Putin Tuesday").
 * The one rule for "a longer proper name goes on here", for the matcher and for page glue
 * that reads the article's text whole.
 */
export function nameGoesOn(parts: readonly string[], count: number, part: number, offset: number): boolean {
  const next = wordAfter(parts, count, part, offset);
  return joinsRun(next) || AMPERSAND_NAME.test(parts[part].slice(offset, offset + 4)) || headsBodyName(parts, count, part, offset, next);
}

/** "of" and a capitalised word that is no month ("of Commons", "of the Republic"; not "of May 2025"). */
const OF_NAME = new RegExp(String.raw`^[ \u00a0]of[ \u00a0](?:the[ \u00a0])?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[${UPPER}]`);

/**
 * A weak name of several words that goes on with "of" and a name is part of a longer one (one
 * word is not: "convince Washington of Hungary's case"): "the House" in
 * "the House of Commons" or "the House of Lords", "the Constitutional Court" in "the
 * Constitutional Court of Moldova". Had the knowledge held the longer name, it would have matched.
 */
const goesOnWithOf = (text: string, end: number) => OF_NAME.test(text.slice(end, end + 24));
const THE_BEFORE = new RegExp(String.raw`(?:^|[^${LETTER}])the[ \u00a0]$`, 'i');

/**
 * One word between "the" and "of" with a name is the head of a longer name or a likeness: "the
 * Liberation of Angola", "the Congress of Vienna", "the Paris of the East".
 */
const theOneOfName = (parts: readonly string[], span: MatchSpan) =>
  goesOnWithOf(parts[span.endPart], span.endOffset) && THE_BEFORE.test(parts[span.startPart].slice(Math.max(0, span.startOffset - 5), span.startOffset));

/** A contraction's ending right after the match: "Don't", "Won't", "We'll" hold no name. */
const CONTRACTION_AFTER = new RegExp(String.raw`^['’](?:t|ll|re|ve|d|m)(?![${LETTER}${DIGIT}])`);

/** A colon joined to a ticker after the letters: a stock exchange's code ("Dassault Aviation (EU:AM)"), not the EU. */
const EXCHANGE_CODE = new RegExp(String.raw`^:[${UPPER}${DIGIT}]`);

/**
 * Letters in capitals joined by a hyphen to a number ("GLP-1", "HER-2", "MIG-29", "US-EAST-1"):
 * a drug's, a gene's, a model's or a cloud region's code, never the acronym alone (the Swiss
 * party GLP); or a name after a comet's designation and a slash ("2I/Borisov"); or joined by a
 * colon to a ticker (see `EXCHANGE_CODE`); or in capitals, joined by a dot to what comes before: a
 * Reuters ticker's exchange ("SAABb.ST", "AIR.PA"), not a name after a missing space ("resurgence.Hezbollah").
 */
const partOfCode = (text: string, start: number, end: number) =>
  (HYPHENS.has(text[end]) && isAllCapsWord(text.slice(start, end)) && CODE_AFTER_HYPHEN.test(text.slice(end + 1, end + 12))) ||
  (text.charCodeAt(start - 1) === 47 && DESIGNATION_BEFORE_SLASH.test(text.slice(Math.max(0, start - 4), start - 1))) ||
  EXCHANGE_CODE.test(text.slice(end, end + 2)) ||
  (text.charCodeAt(start - 1) === 46 && DOT_JOINED.test(text[start - 2] ?? '') && isAllCapsWord(text.slice(start, end)));

/** After the hyphen: a number ("GLP-1"), or capitals and a number ("US-EAST-1", a cloud region's code). */
const CODE_AFTER_HYPHEN = new RegExp(String.raw`^(?:[${UPPER}]+-)?[0-9]`);

/** A designation before a slash: a comet's ("2I/Borisov", "3I/ATLAS", "C/2023"), not a credit's agency ("Reuters/"). */
const DESIGNATION_BEFORE_SLASH = /(?:^|[^A-Za-z0-9])[0-9]+[A-Z]$/;

/** A letter or digit right before a dot, with no space: the dot is inside a code, not a sentence's end. */
const DOT_JOINED = new RegExp(`[${LETTER}${DIGIT}]`);

/**
 * A county or parish after the match ("Hamilton County, Ohio", "Santa Fe County"): a county
 * named after a town is not that town (and rarely the town of that name the knowledge holds:
 * Hamilton, Ontario). Prose already reads it as a longer name; local listings in Title Case do not.
 */
const COUNTY_AFTER = /^[ \u00a0](?:County|Parish)\b/u;

/** A title's abbreviation with its full stop ("Sens. Jeanne Shaheen"), never the town it spells (Sens, France). */
const isTitleAbbreviation = (text: string, start: number, end: number) => text.charCodeAt(end) === 46 && cueBit(text.slice(start, end).toLowerCase()) !== 0;

/**
 * Words that end a newspaper's name after a place ("The Moscow Times", "Buenos Aires Herald"):
 * a byline or masthead in Title Case names the paper, not the city, and there the run rule,
 * which reads capitals, cannot tell. Words a headline also puts after a place ("Today",
 * "Post-War", "Record", "Press") are left out.
 */
const MASTHEAD_WORDS = new Set(['times', 'herald', 'tribune', 'journal', 'gazette', 'chronicle', 'telegraph', 'inquirer', 'courier', 'examiner', 'observer', 'independent']);

/** A newspaper's last word right after the match, a space apart. */
function mastheadAfter(parts: readonly string[], count: number, span: MatchSpan): boolean {
  const after = wordAfter(parts, count, span.endPart, span.endOffset);
  return after !== null && isSpaceGap(after.gap) && startsUpper(after.text) && MASTHEAD_WORDS.has(after.text.toLowerCase());
}

/** A block that opens with "By" and a capitalised word: a byline. */
const BYLINE = new RegExp(String.raw`^\s*By\s+[${UPPER}]`);
/** Words a credit line puts before "by": "Reporting by", "Photograph by". */
const CREDITS = new Set(['reporting', 'written', 'words', 'photo', 'photos', 'photograph', 'photographs', 'pictures', 'illustration', 'analysis', 'edited', 'video', 'graphics', 'interview', 'story', 'text']);

/**
 * A one-word name between a byline's "By" (or a credit's "by") and a capitalised word: a
 * person ("By Paris Martineau", "Reporting by Chad Smith"). A byline reads as Title Case,
 * where the run rule is off, so it is read here; a headline's lower-case "by" is left alone
 * ("Summit Hosted by Paris Ends").
 */
function inBylineName(parts: readonly string[], count: number, span: MatchSpan): boolean {
  const by = wordBefore(parts, span.startPart, span.startOffset);
  const after = wordAfter(parts, count, span.endPart, span.endOffset);
  // In a byline every name is a person's, the second too ("By Anna Smith and Chelsea Fox"); not the agency alone ("By Reuters").
  if (BYLINE.test(parts[0]) && ((by !== null && by.text !== 'By' && joinsRun(by)) || joinsRun(after))) return true;
  if (by === null || !isSpaceGap(by.gap) || !joinsRun(after)) return false;
  if (by.text === 'By') return true;
  const byStart = span.startOffset - by.gap.length - by.text.length;
  const credit = by.text === 'by' && byStart >= 0 ? wordBefore(parts, span.startPart, byStart) : null;
  return credit !== null && isSpaceGap(credit.gap) && CREDITS.has(credit.text.toLowerCase());
}

/** A word in capitals right before or after the match, a space apart ("JOIN US ON"). */
function besideCapitals(parts: readonly string[], count: number, span: MatchSpan): boolean {
  const before = wordBefore(parts, span.startPart, span.startOffset);
  const after = wordAfter(parts, count, span.endPart, span.endOffset);
  return (before !== null && isSpaceGap(before.gap) && isAllCapsWord(before.text)) || (after !== null && isSpaceGap(after.gap) && isAllCapsWord(after.text));
}

export interface MatchSpan {
  startPart: number;
  startOffset: number;
  endPart: number;
  endOffset: number;
  /** Words in the matched alias. */
  words: number;
}

/**
 * A short one-word name written in capitals in the middle of a sentence ("Germany's DAX fell",
 * "In corporate news, FICO revealed"): an index, a ticker or a brand, not the town or the
 * person it spells ("Dax", "Fico"). Prose writes a name in capitals only where a dateline or
 * a banner opens the block ("KYIV —"), or beside other capitals ("CAIRO/GAZA").
 */
const SHORT_CODE = new RegExp(String.raw`^[${LETTER}]{2,4}$`);

function shoutedMidSentence(parts: readonly string[], span: MatchSpan): boolean {
  const text = parts[span.startPart].slice(span.startOffset, span.endOffset);
  // Two to four letters: "G7" is written so as a name, and a party written "FIDESZ" is still the party.
  if (span.words !== 1 || !isAllCapsWord(text) || !SHORT_CODE.test(text)) return false;
  const before = wordBefore(parts, span.startPart, span.startOffset);
  // Whatever comes between ('…governorates," MENA said'), only a block's opening word is a dateline.
  return before !== null && !before.atBlockStart && !isAllCapsWord(before.text);
}

/**
 * Whether a verified match stands in its context (true) or is part of something else:
 * - an acronym that is also a word ("US", "IT") inside all-caps text ("JOIN US ON TELEGRAM");
 * - in prose, a name that is not an acronym written in capitals mid-sentence (`nameInCapitals`;
 *   see `shoutedMidSentence`);
 * - in prose, a name inside a longer run of capitalised words ("Paris Hilton", "Jordan
 *   Bardella", "The Washington Times", "Korean War"), where titles, dates and a capital that
 *   only starts a sentence do not count as part of the run; a full name of several words keeps
 *   a capitalised word before it, unless it is weak (`weak`: a shared short name); a body's
 *   name "X of Y" stands before its holder's name (see `ofNameBeforeRun`).
 */
export function standsAlone(parts: readonly string[], count: number, span: MatchSpan, capsWord: boolean, mode: BlockMode, nameInCapitals = false, weak = false): boolean {
  if (CONTRACTION_AFTER.test(parts[span.endPart].slice(span.endOffset, span.endOffset + 4))) return false;
  // A country's letters joined to a dollar sign are its currency: "US$68.1 billion", "A$".
  if (parts[span.endPart].charCodeAt(span.endOffset) === 36) return false;
  if (weak && span.words > 1 && goesOnWithOf(parts[span.endPart], span.endOffset)) return false;
  if (span.words === 1 && mode === BlockMode.Prose && theOneOfName(parts, span)) return false;
  if (weak && span.words === 1 && inHyphenatedName(parts, count, span)) return false;
  if (span.words === 1 && isTitleAbbreviation(parts[span.endPart], span.startOffset, span.endOffset)) return false;
  if (span.words === 1 && partOfCode(parts[span.endPart], span.startOffset, span.endOffset)) return false;
  if (inHandle(parts, span)) return false;
  if (span.startPart === span.endPart && namesAThing(parts[span.endPart], span.startOffset, span.endOffset, span.words)) return false;
  if (COUNTY_AFTER.test(parts[span.endPart].slice(span.endOffset, span.endOffset + 8))) return false;
  if (span.words > 1 && span.startPart === span.endPart && senateContest(parts[span.endPart], span.startOffset, span.endOffset)) return false;
  if (afterNamePrefix(parts[span.startPart], span.startOffset) || endsHeadedName(parts[span.startPart], span.startOffset)) return false;
  if (capsWord && (mode === BlockMode.AllCaps || besideCapitals(parts, count, span))) return false;
  if (mode === BlockMode.TitleCase && span.words === 1) {
    if (mastheadAfter(parts, count, span) || inBylineName(parts, count, span)) return false;
    // Capitals say little in Title Case, but a word in capitals beside others in capitals is
    // part of their name ("SHARM EL-SHEIKH, Egypt" in a dateline).
    if (span.startPart === span.endPart) return !isAllCapsWord(parts[span.startPart].slice(span.startOffset, span.endOffset)) || !besideCapitals(parts, count, span);
  }
  if (mode !== BlockMode.Prose) return true;
  if (nameInCapitals && shoutedMidSentence(parts, span)) return false;
  if (closesOfName(parts, span) || closesParticleName(parts, span)) return false;
  if ((nameGoesOn(parts, count, span.endPart, span.endOffset) && (weak || !ofNameBeforeRun(parts, span))) || inJoinedName(parts, span)) return false;
  // A full name keeps a capitalised word before it ("Democrat Chuck Schumer"); one word does not
  // ("Paris" in "Visit Paris"), and neither does a weak name of several: "Constitutional Court"
  // in "the Moldovan Constitutional Court" is Moldova's (and "Romania's" is read by the page's
  // mention store, which knows the countries; see `possessorBefore`).
  // Not a hyphenated family name, one word as a run reads it ("her son Eru Kapa-Kingi" is not his
  // mother), unless a month is the word before ("On 8 March Baden-Württemberg held").
  const hyphenated = span.words > 1 && span.startPart === span.endPart && !/\s/.test(parts[span.startPart].slice(span.startOffset, span.endOffset));
  if (span.words > 1 && !weak && !hyphenated) return true;
  const before = wordBefore(parts, span.startPart, span.startOffset);
  if (hyphenated && !weak && before !== null && isMonth(before.text)) return true;
  return !joinsRun(before) || capitalOnlyOpensSentence(before!);
}


/**
 * The capitalised word right before a one-word match that `standsAlone` lets stand because its
 * capital says nothing: a sentence's first word in prose ("Visit Paris", "Yesterday Putin
 * said"), any word in Title Case ("Talks Resume in Kyiv"); null anywhere else. The matcher
 * asks whether that word is a given name ("Jimmy Buffett died", "Jimmy Buffett Dies at 76"),
 * which makes the two one person's name after all.
 */
export function capitalBefore(parts: readonly string[], span: MatchSpan, mode: BlockMode): string | null {
  if (span.words !== 1 || mode === BlockMode.AllCaps) return null;
  const before = wordBefore(parts, span.startPart, span.startOffset);
  if (!joinsRun(before)) return null;
  return (mode === BlockMode.TitleCase && !isAllCapsWord(before!.text)) || capitalOnlyOpensSentence(before!) ? before!.text : null;
}

/** A sentence's end in the gap before a word: a full stop, a question or a colon, then quotes or spaces. */
const SENTENCE_BREAK = /[.!?:]["“‘'«(\s\u00a0]*$/;

/** A possessive right after a word: an everyday word that opens a sentence ("Most", "Reform") takes none. */
const POSSESSIVE_NEXT = new RegExp(String.raw`^['’]s(?![${LETTER}${DIGIT}])`);

/**
 * Whether a match opens its block or a sentence ("Most analysts expect", "Brown said"): there
 * its capital is the sentence's, and says nothing of a name; unless a possessive follows
 * ("Apple's new phone", "Arsenal's coach"), which says it is one.
 */
export function opensSentence(parts: readonly string[], span: MatchSpan): boolean {
  if (POSSESSIVE_NEXT.test(parts[span.endPart].slice(span.endOffset, span.endOffset + 3))) return false;
  const before = wordBefore(parts, span.startPart, span.startOffset);
  return before === null || SENTENCE_BREAK.test(before.gap);
}
