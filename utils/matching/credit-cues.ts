import { CUE_GROUPS } from './cues.ts';
import { UPPER } from './letter-classes.ts';

/**
 * Credit cues: the words around a news agency's or a platform's short name that say which
 * kind of thing it is. "AFP" is Agence France-Presse or the Australian Federal Police, "AP"
 * an agency or a grade, "X" a platform or a letter; yet "(AFP) —", "told the AP", "AP Photo"
 * and "a post on X" leave no doubt. Such a mention names the agency or platform whose short
 * name it is, unless the page's own context settles the name otherwise (see `MentionStore`).
 *
 * The kinds share an alias's cue bits with the person cues (see `cues.ts`), above them: a
 * person never has them, and a body never has a person's.
 */
export const CreditCue = {
  Agency: 1 << CUE_GROUPS.length,
  Platform: 1 << (CUE_GROUPS.length + 1),
} as const;

/** Both kinds: an alias with neither needs no look around it. */
export const CREDIT_BITS = CreditCue.Agency | CreditCue.Platform;

const NEWS_SOURCE = /\b(?:news|press|photo|pressphoto|telegraph|telegraphic|information) agency\b|\bwire service\b|\bbroadcaster\b|\bnewspaper\b|\btabloid\b|\bnews (?:channel|website|site|outlet|magazine)\b/i;

/**
 * What an organisation's description says it is (at build time): a news or photo agency, or
 * another outlet news cites as a source (a broadcaster, a paper, a news site: "Dutch
 * broadcaster NOS has reported", "an interview with the Krone newspaper"); a social network or
 * messenger.
 */
export function creditMask(description: string): number {
  let mask = 0;
  if (NEWS_SOURCE.test(description)) mask |= CreditCue.Agency;
  if (/\bsocial (?:network|media platform|media app)\b|\bmessaging (?:app|service)\b|\bvideo-sharing platform\b/i.test(description)) mask |= CreditCue.Platform;
  return mask;
}

/** How far the cues around a name are read: the longest cue ("interview with the ") and a little. */
const READ_CHARS = 24;

/**
 * An agency's name as a credit or a source:
 * - in a dateline or credit in parentheses: "KYIV (AP) —", "Dec 10 (AFP/APP):", "(AFP)" closing a caption
 *   (not "the Australian Federal Police (AFP) said", which defines the initials);
 * - beside a slash in a picture credit: "Getty Images/AFP", "AFP/Getty";
 * - before what an agency does, or what an outlet is: "AFP reported", "AP Photo", "AFP via Getty Images", "the Krone newspaper";
 * - after what is done to a source, or what it is: "told AFP", "cited by AFP", "citing AP", "according to the AP", "a question from AFP", "news agency AFP", "broadcaster NOS";
 * - in parentheses after a dateline's date, the story going straight on: "Kathmandu, Mar 7 (PTI) Rapper-turned-politician";
 * - in quotes, as German and Austrian usage writes a paper's name: 'an interview with the "Krone" newspaper'.
 */
const AGENCY_AFTER = new RegExp(String.raw`^(?:\)[ \u00a0]*(?:[—–:-]|$)|[ \u00a0]?\/[ \u00a0]?[${UPPER}]|["”»]?[ \u00a0]+(?:via Getty|Photo\b|photo\b|reported|reports|has reported|has learned|learned|correspondents?\b|reporters?\b|journalists?\b|news agency|newspaper|daily\b|broadcaster|tally|count\b|analysis|interview))`);
const AGENCY_BEFORE = /(?:\/[ \u00a0]?|\b(?:told|tells|telling|citing|cited by|quoted by|seen by|obtained by|reviewed by|verified by|reported by|according to|spoke to|speaking to|spoken to|confirmed to|interview with|commissioned by|said to|questions? from|asked by|contacted by|statement to|(?:news|press|photo) agency|broadcaster|newspaper|news outlet)[ \u00a0]+(?:the[ \u00a0]+)?["“„«]?)$/;
const PAREN_BEFORE = /\([ \u00a0]*$/;
/**
 * A dateline's date before the parentheses, as South Asian wires write it: "Kathmandu, Mar 7
 * (PTI) Rapper-turned-politician…" goes on with the story, no dash between.
 */
const DATED_PAREN_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]\d{1,2}[ \u00a0]?\([ \u00a0]*$/;
const PAREN_AGENCY_AFTER = /^(?:[ \u00a0]?\/|[ \u00a0]+Photo\b|\)[ \u00a0]*(?:[—–:-]|$))/u;

/**
 * A platform's name where posts are: "a post on X", "wrote on Threads", "an X account",
 * "X, formerly Twitter". Not a name that goes on ("on X-ray", "on X Factor": the run rule and
 * the hyphen rule see those first).
 */
const PLATFORM_BEFORE = /\b(?:on|via|onto)[ \u00a0]+$/;
const PLATFORM_AFTER = /^(?:[ \u00a0]+(?:post|posts|posted|account|accounts|feed|user|users|handle|followers)\b|,?[ \u00a0]+(?:formerly|previously)[ \u00a0])/;

/** The credit kinds the text around a name (`start`–`end` in `text`) fits; 0 for none. */
export function creditAround(text: string, start: number, end: number, kinds: number): number {
  const before = text.slice(Math.max(0, start - READ_CHARS), start);
  const after = text.slice(end, end + READ_CHARS);
  let fits = 0;
  if ((kinds & CreditCue.Agency) !== 0) {
    const inParentheses = PAREN_BEFORE.test(before);
    if (inParentheses ? PAREN_AGENCY_AFTER.test(after) || (DATED_PAREN_BEFORE.test(before) && after.startsWith(')')) : AGENCY_AFTER.test(after) || AGENCY_BEFORE.test(before)) fits |= CreditCue.Agency;
  }
  if ((kinds & CreditCue.Platform) !== 0 && (PLATFORM_BEFORE.test(before) || PLATFORM_AFTER.test(after))) fits |= CreditCue.Platform;
  return fits;
}
