import { DIGIT, LETTER } from './letter-classes';
import { hashOf } from './tokenize';

/**
 * A national vote by its kind alone, in lower case ("the presidential election"; see
 * `isKindOfElection`): the background holds every country's, under these first words, which a
 * page asks for as it asks for a capitalised word's names.
 */
const KIND_WORDS = new Set(['general', 'parliamentary', 'federal', 'legislative', 'presidential'].map(hashOf));

const ELECTION_NEXT = /^[ \u00a0]+elections?\b/;

/**
 * Whether a page word in lower case opens a vote's name by its kind: one of the kinds, and
 * "election" next. Only then is the background asked, not for every "general public".
 */
export const opensVoteByKind = (hash: number, text: string, end: number): boolean => KIND_WORDS.has(hash) && ELECTION_NEXT.test(text.slice(end, end + 11));

/**
 * Words before the kind that make it another vote than this year's: "the next presidential
 * election", "a parliamentary election", "last year's general election", "the annulled
 * presidential election", "the 2019 and 2024 general elections", "two presidential elections".
 * A year or number before it says another year.
 */
const OTHER_VOTE_BEFORE = new RegExp(
  String.raw`(?:(?:^|[^${LETTER}${DIGIT}])(?:next|last|previous|past|prior|earlier|annulled|cancelled|canceled|upcoming|forthcoming|coming|future|subsequent|following|a|an|another|every|each|any|no|both|all|several|many|two|three|four|five|those|these|(?:next|last|previous|past)[ \u00a0]+year['’]s)|[${DIGIT}])[ \u00a0]+$`,
  'i',
);

/** A year soon after the kind, in the same clause: "the presidential election on November 24, 2024", "the general election of 2019". */
const YEAR_AFTER = new RegExp(String.raw`^[^.;:!?]{0,24}[^${DIGIT}](?:19|20)[${DIGIT}]{2}(?![${DIGIT}])`);

/**
 * Whether the text around a vote by its kind (`before` ending at `start`, `after` starting at
 * its end) makes it another year's or any vote at all: the page's year is read only where
 * neither says so.
 */
export const otherVote = (before: string, start: number, after: string): boolean =>
  OTHER_VOTE_BEFORE.test(before.slice(Math.max(0, start - 24), start)) || YEAR_AFTER.test(after);
