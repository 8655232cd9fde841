import { type AliasEntry, sameWords } from './alias-index.ts';
import { CUE_GROUPS } from './cues.ts';
import { regionCueAround } from './region-cues.ts';
import { amongStates } from './state-list.ts';
import type { TextMatch } from './text-match.ts';
import { LETTER, UPPER } from './letter-classes.ts';

/**
 * State cues: the words of a U.S. state's government around a name the state shares with
 * another place. "New York" is the city in most news, "Washington" the capital, "Georgia" the
 * country; yet "Gov. Kathy Hochul of New York", "the governor of Washington", "Sen. Jon Ossoff
 * of Georgia", "New York Attorney General Letitia James" and "the state of Georgia" can only
 * mean the state, whatever else the page names.
 *
 * The bits sit in an alias's cue bits, above the person cues and the credit cues (see
 * `credit-cues.ts`): a person never has them.
 */
export const StateCue = {
  /** Every alias of words that a state's name shares with another place: the matcher looks around it. */
  Shared: 1 << (CUE_GROUPS.length + 2),
  /** The state's own alias of those words. */
  State: 1 << (CUE_GROUPS.length + 3),
  /** A state's name that is no name of it alone ("New York": news gives the city so): it needs the words. */
  CueOnly: 1 << (CUE_GROUPS.length + 4),
  /**
   * A region's own alias of the words it shares with its city ("Poltava" of Poltava Oblast):
   * like `State`, but a region's words settle it (see `region-cues.ts`), not a U.S. state's.
   * Above the partner cues' one row (`partner-cues.ts`).
   */
  Region: 1 << (CUE_GROUPS.length + 6),
} as const;

/** How far the words around a name are read: "Lt. Gov. Antonio Delgado of " and a little. */
const READ_BEFORE = 48;
const READ_AFTER = 24;

/** Titles of a state's officers that a name may follow before "of" ("Gov. Kathy Hochul of"). */
const OFFICER = String.raw`(?:[Gg]overnors?|Gov\.|[Ll]ieutenant [Gg]overnor|Lt\.? Gov\.|[Aa]ttorney [Gg]eneral|[Ss]enators?|Sens?\.|[Rr]epresentatives?|Reps?\.|[Cc]ongress(?:wo)?man)`;
/**
 * A chamber's leaders, which news names before a member and their state ("Senate Democratic
 * leader Chuck Schumer of New York", "Speaker Mike Johnson of Louisiana"): only with the name
 * between, as "the leader of Georgia" is the country's.
 */
const LEADER = String.raw`(?:[Ll]eader|[Ss]peaker|[Ww]hip|[Cc]hair(?:man|woman)?)`;
/**
 * Before the name:
 * - an officer, with or without their name, then "of" or "from": "governor of", "Gov. Kathy
 *   Hochul of", "Sen. Patty Murray of", "senators from"; a chamber's leader, with their name;
 * - a member's party as the papers of record give it: "Chuck Schumer, Democrat of";
 * - "the state of", and a state's bodies: "the legislature of".
 */
const STATE_BEFORE = new RegExp(
  String.raw`(?:\b${OFFICER}(?:[ \u00a0][${UPPER}][${LETTER}'’.-]*){0,3},?|\b${LEADER}(?:[ \u00a0][${UPPER}][${LETTER}'’.-]*){1,3},?|\b(?:Democrat|Republican)|\b[Ss]tate|\b[Ll]egislature)[ \u00a0](?:of|from)[ \u00a0]$`,
);
/**
 * After the name: its officers and bodies ("New York Gov. Kathy Hochul", "Washington Attorney
 * General Nick Brown", "the Georgia Legislature", "the New York State Assembly",
 * "Georgia's governor", "the New York gubernatorial race").
 */
const STATE_AFTER =
  new RegExp(String.raw`^(?:['’]s)?[ \u00a0](?:[Gg]overnor|Gov\.|[Ll]ieutenant [Gg]overnor|Lt\.? Gov\.|[Aa]ttorney [Gg]eneral|[Ll]egislature|legislators|State (?:Senate|Assembly|Legislature|Capitol|Supreme Court)|Sen\.|Rep\.|[Cc]ongressional delegation|gubernatorial|two senators)(?![${LETTER}])`);

/**
 * After the name, a state's own politics: its party's people ("the Georgia Republican
 * firebrand", "New York Democrats") and its congressional districts ("Georgia's 14th
 * District"), which no country has. Not after "Washington", where "Washington Republicans" are
 * the party's people in the capital.
 */
const READ_POLITICS_AFTER = 32;
const STATE_POLITICS_AFTER = new RegExp(String.raw`^(?:['’]s)?[ \u00a0](?:Republicans?|Democrats?|GOP|(?:\d{1,2}(?:st|nd|rd|th)|at-large)[ \u00a0](?:[Cc]ongressional[ \u00a0])?[Dd]istrict|[Ss]ecretary of [Ss]tate)(?![${LETTER}])`);

/** Whether the words around a name (`start`–`end` in `text`) are a state's government's or politics'. */
export function stateWordsAround(text: string, start: number, end: number): boolean {
  return (
    STATE_AFTER.test(text.slice(end, end + READ_AFTER)) ||
    (STATE_POLITICS_AFTER.test(text.slice(end, end + READ_POLITICS_AFTER)) && !text.startsWith('Washington', start)) ||
    STATE_BEFORE.test(text.slice(Math.max(0, start - READ_BEFORE), start))
  );
}

/** Whether the words around a name say a state: its government's words, or a list of states it is in. */
export const stateCueAround = (text: string, start: number, end: number): boolean => stateWordsAround(text, start, end) || amongStates(text, start, end);

/** Whether the words around a name settle the entry whose `cues` these are: a region's words for a region's, a state's for a state's. */
export const cueAround = (cues: number, text: string, start: number, end: number): boolean =>
  (cues & StateCue.Region) !== 0 ? regionCueAround(text, start, end) : stateCueAround(text, start, end);

/**
 * Puts the state first where the words around a name it shares say the state is meant: the
 * match names the state alone, settled (the page's context has no say: "the governor of New
 * York" is the state in a story on Manhattan too). False, leaving the match as it was, when
 * the words are not there or the bucket holds no state of these words (the background's
 * state has not come yet).
 */
export function stateFits(match: TextMatch, bucket: readonly AliasEntry[], e: number, text: string, start: number): boolean {
  const entry = bucket[e];
  let state: AliasEntry | null = null;
  // The state's entry may come before or after this one: a bucket orders the page's names first.
  for (let f = 0; f < bucket.length; f++) {
    const other = bucket[f];
    if ((other.cues & (StateCue.State | StateCue.Region)) !== 0 && other.words.length === entry.words.length && sameWords(other, entry)) state = other;
  }
  if (state === null || !cueAround(state.cues, text, start, match.endOffset)) return false;
  match.entity = state.entity;
  match.weak = false;
  match.alternatives.length = 0;
  match.stateCued = true;
  return true;
}
