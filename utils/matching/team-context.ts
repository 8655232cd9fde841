import type { TextMatch } from './match';
import { UPPER } from './letter-classes';

/**
 * A town's name standing for its team: sports pages write "Miami is 4-7", "Brighton 3-0
 * Leeds", "a 2-1 win over Leeds" and "Miami's quarterback", where the town's card would be
 * the wrong one. Such a mention is left unmarked (a club the page settles by its own names,
 * "Liverpool" beside Arne Slot, is marked as the club; see `tieContexts`).
 *
 * Only words that a team and never a town has count: a score, a season's record, a win's
 * verb, a squad's positions, a stretch of its schedule, a game against it. "Kyiv's defence",
 * "Russia's war against Kyiv" and "Trump visits Miami" stay the towns'. Countries are not
 * asked: their national teams share their cards.
 */

const SPACE = String.raw`[ \u00a0]`;
/** "3-0", "24–17", not "10-12 June" (a date's span). */
const SCORE = String.raw`\d{1,3}${SPACE}?[-–]${SPACE}?\d{1,3}\b(?!${SPACE}+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))`;
/**
 * Those a team's name goes before with no "'s" ("the Denver offense", "Miami quarterback Tua",
 * "Liverpool strikers Alexander Isak"); not "coach" or "keeper" ("a London coach firm"), nor
 * "defenders" ("the Mariupol defenders" held a city).
 */
const SQUAD_BARE = String.raw`(?:offen[cs]e|quarterback|QB|head coach|starting (?:pitcher|lineup|XI)|strikers?|midfielders?|wingers?|goalkeeper|wide receivers?|tight end|running backs?|(?:offensive|defensive)${SPACE}+(?:line|coordinator|end|tackle|backs?))\b`;
/** What only a team has: its positions, its staff, its season ("Miami's coach", "Miami's defense allowed"). */
const SQUAD = String.raw`(?:${SQUAD_BARE}|coach|coaching staff|roster|lineup|line-up|bullpen|strikers|keeper|midfield|backfield|pass rush|run game|running game|kicker|playoff|play-off|postseason|title hopes|playoff hopes|win streak|winning streak|losing streak|(?:offensive|defensive)${SPACE}+(?:linemen|lineman)|defen[cs]e${SPACE}+(?:allowed|gave${SPACE}+up|ranks|ranked|sacked|surrendered|has${SPACE}+allowed|proved${SPACE}+decisive|stifled|smothered))\b`;
/** A stretch of a team's schedule ("San Antonio's first 25 games", "Denver's home opener"). */
const SCHEDULE = String.raw`(?:(?:first|last|next|past|previous|opening|final)${SPACE}+(?:\d{1,3}${SPACE}+|(?:two|three|four|five|six|seven|eight|nine|ten)${SPACE}+)?games?|home${SPACE}+(?:opener|games?)|road${SPACE}+(?:trip|games?)|season${SPACE}+opener)\b`;
/** A win's verbs, before the beaten side's name. */
const BEAT = String.raw`(?:beat|beats|edged|edges|routed|thrashed|hammered|outlasted|blanked|upset|drew)`;

const TEAM_AFTER = new RegExp(
  [
    String.raw`^['’]s?${SPACE}+${SQUAD}`, // Miami's quarterback, Miami's defense allowed
    String.raw`^['’]s?${SPACE}+${SCHEDULE}`, // San Antonio's first 25 games
    String.raw`^['’]s?${SPACE}+(?:Super${SPACE}+Bowl|World${SPACE}+Series|Stanley${SPACE}+Cup)\b`, // Seattle's Super Bowl XLIX heartbreak
    String.raw`^${SPACE}+held${SPACE}+on${SPACE}+(?:to${SPACE}+(?:win|claim|beat|edge)|for${SPACE}+(?:a|the)${SPACE}+(?:win|victory))\b`, // Oklahoma City held on to claim the victory
    String.raw`^${SPACE}+${SQUAD_BARE}`, // the Denver offense
    String.raw`^${SPACE}+${SCORE}`, // Brighton 3-0 Leeds
    String.raw`^${SPACE}+(?:match|clash|fixture)\b`, // beyond the Burnley match
    String.raw`^${SPACE}+\d{1,3},${SPACE}+[${UPPER}]`, // Miami 30, Buffalo 13
    String.raw`^${SPACE}+(?:is|are|was|were|fell|improved|moved|dropped)${SPACE}+(?:to${SPACE}+)?\d{1,2}[-–]\d{1,2}\b`, // Miami is 4-7
    String.raw`^${SPACE}+${BEAT}${SPACE}+(?!back\b|off\b)(?:the${SPACE}+)?[${UPPER}]`, // Brighton beat Leeds
    // Not a team but as much not the town: an army's group of forces named after it ("the 'Dnipro' formation").
    String.raw`^['’"”]?${SPACE}+(?:formation|grouping|group${SPACE}+of${SPACE}+(?:forces|troops))\b`,
  ].join('|'),
);
const TEAM_BEFORE = new RegExp(
  [
    String.raw`${SCORE}${SPACE}+(?:(?:(?:win|victory|defeat|loss|rout|draw)${SPACE}+)?(?:over|against|to|at|with)${SPACE}+)?$`, // Liverpool 2-0 Leeds, a 3-0 win over Leeds
    String.raw`\b[Aa]t${SPACE}+\d{1,2}[-–]\d{1,2},${SPACE}+$`, // At 4-7, Miami
    String.raw`\b(?:game|games|matchup|match-up|showdown|series)${SPACE}+(?:against|with)${SPACE}+(?:the${SPACE}+)?$`, // the championship game against New York
    String.raw`\b(?:clash|clashes|fixture|fixtures)${SPACE}+against${SPACE}+(?:the${SPACE}+)?$`, // cup clashes against Brighton (not "clashes with Moscow")
    String.raw`\b(?:beat|beating|defeated|defeating|edged|edging|routed|thrashed|hammered|outlasted|blanked|vs\.?|versus|v)${SPACE}+(?:the${SPACE}+)?$`, // beat Leeds, vs. Saints
  ].join('|'),
);

/** How far around a name its team's words are read. */
const READ_CHARS = 40;

/**
 * Whether the words around a place's name read as its team's: the name starts at `start` in
 * `text` and ends at `end` in `endText` (the same text unless the name spans two).
 */
export function readsAsTeam(text: string, start: number, end: number, endText = text): boolean {
  return TEAM_AFTER.test(endText.slice(end, end + READ_CHARS)) || TEAM_BEFORE.test(text.slice(Math.max(0, start - READ_CHARS), start));
}

/** `readsAsTeam` at a match over a run's text nodes (their `data`). */
export const readsAsTeamAt = (nodes: readonly { data: string }[], match: TextMatch): boolean =>
  readsAsTeam(nodes[match.startPart].data, match.startOffset, match.endOffset, nodes[match.endPart].data);
