import { LETTER, UPPER } from './letter-classes.ts';
/**
 * Region cues: the words around a name a region shares with its city that say the region is
 * meant. "Poltava", "Kharkiv" and "Pskov" are cities in most news, and the region's own name
 * ("Poltava Oblast", "the Pskov region") is a name of its own; yet war and regional news write
 * the region under the city's name where a list or a title carries the kind:
 * "the Kyiv and Dnipro regions", "the regions of Kherson and Zaporizhzhia", "Kharkiv Governor
 * Oleh Syniehubov", "Kharkiv's governor".
 */

const SPACE = String.raw`[ \u00a0]`;
/** A capitalised name of a list ("Luhansk", "Nizhny Novgorod" is two). */
const NAME = String.raw`[${UPPER}][${LETTER}'’-]+(?:${SPACE}[${UPPER}][${LETTER}'’-]+)?`;
/** What joins the items of a list: a comma, "and" or "or" (U.S. states' lists too: see `state-list.ts`). */
export const JOIN = String.raw`(?:,${SPACE}|,?${SPACE}(?:and|or)${SPACE})`;
/** The kinds in the plural, which a list of regions ends or starts with. */
const KINDS = String.raw`(?:regions|oblasts|provinces|governorates|counties)`;

/**
 * After the name: the region's officers and administration, its kind in lower case ("Ukraine's
 * Kharkiv oblast", as a name would capitalise it), the kind that ends a list it
 * opens ("Kharkiv Governor", "Kharkiv's governor", "Kharkiv regional administration", "Kyiv
 * and Dnipro regions", "Donetsk, Luhansk and Zaporizhzhia oblasts"), or a front that runs
 * through it ("the Zaporizhzhia front", "the Kharkiv axis": a front is a region's, not a city's).
 */
const REGION_AFTER = new RegExp(
  String.raw`^(?:(?:['’]s)?${SPACE}(?:(?:[Dd]eputy${SPACE})?[Gg]overnor|Gov\.|oblast|region|province|governorate|front(?:line|-line)?|axis|regional${SPACE}(?:governor|administration|authorities|head)|[Rr]egional${SPACE}[Mm]ilitary${SPACE}[Aa]dministration)|(?:${JOIN}${NAME}){0,4}${SPACE}${KINDS})(?![${LETTER}])`,
);
/** One region's kind, as wire copy writes it before the name ("the northwestern state of Sokoto", "the southern province of Kandahar"). */
const KIND = String.raw`(?:region|oblast|province|governorate|county|state|prefecture)`;
/**
 * Before the name: the kind that opens a list it is in ("the regions of Kherson and ",
 * "frontline regions of Donetsk, Kharkiv, and "), one region's ("the state of "), its
 * governor ("the governor of Zaporizhzhia": a city has a mayor), or a share of its land held
 * ("Russia holds about 75% of Zaporizhzhia": war news measures a region's territory; "60% of
 * Kyiv was without power" is the city's).
 */
const REGION_BEFORE = new RegExp(
  String.raw`(?:\b(?:${KINDS}${SPACE}of${SPACE}(?:${NAME}${JOIN}){0,4}|(?:${KIND}|[Gg]overnor)${SPACE}of${SPACE})|\b(?:control(?:s|led)?|hold(?:s|ing)?|held|occup(?:y|ies|ied|ying)|captured?|seized?|took|taken)${SPACE}(?:(?:about|around|roughly|nearly|almost|some|over|more${SPACE}than|less${SPACE}than)${SPACE})?\d+(?:[.,]\d+)?(?:%|${SPACE}?per${SPACE}?cent)${SPACE}of${SPACE}(?:the${SPACE})?)$`,
);

/** How far the words around a name are read. */
const READ_BEFORE = 72;
const READ_AFTER = 72;

/**
 * A word each cue holds, looked for first: the cues' Unicode classes cost far more to run than
 * this (2.8 ms a load on the seed article, whose "Kyiv" and "Moscow" each ask), and most names
 * have none of these words near them.
 */
const HINT_AFTER = /overnor|Gov\.|egion|blast|rovince|ounties|front|axis/;
const HINT_BEFORE = /(?:regions?|oblasts?|provinces?|governorates?|count(?:y|ies)|state|prefecture|overnor|%|cent) of/;

/** Whether the words around a name (`start`–`end` in `text`) say a region is meant. */
export function regionCueAround(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + READ_AFTER);
  if (HINT_AFTER.test(after) && REGION_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - READ_BEFORE), start);
  return HINT_BEFORE.test(before) && REGION_BEFORE.test(before);
}
