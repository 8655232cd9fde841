import type { TextMatch } from '@/utils/matching/match';
import { possessorBefore, wordBefore } from '@/utils/matching/neighbours';
import { isSpaceGap } from '@/utils/matching/run-words';
import type { PageSay } from './page-say';

const POSSESSIVE_END = /['’]s\s$/;

/**
 * The capitalised name whose possessive ends right before the match ("Estonia" in "Estonia's
 * Constitutional Court"), read from the run's text nodes; null when there is none. Most
 * matches follow no possessive: the three characters before tell, without copying the run.
 */
export function possessorOf(nodes: readonly Text[], match: Readonly<TextMatch>): string | null {
  const at = match.startOffset;
  if (at >= 3 && !POSSESSIVE_END.test(nodes[match.startPart].data.slice(at - 3, at))) return null;
  // Only the nodes up to the match: a scan's buffer of nodes runs on past its block.
  return possessorBefore(
    nodes.slice(0, match.startPart + 1).map((n) => n.data),
    match.startPart,
    match.startOffset,
  );
}

/**
 * A weak name after a country's possessive ("Estonia's Constitutional Court") is that
 * country's. Of the institutions that share the short name, the one of that country is meant
 * ("Japan's House of Representatives"); where none is, its own longer name would have matched
 * had the knowledge held it, so the name is none of them (null). A person's possessive is no
 * such owner ("Keir Starmer's Labour Party"). Undefined where no country's possessive comes before.
 */
function countrysOwn(nodes: readonly Text[], match: Readonly<TextMatch>, places: PossessorSay | undefined): number | null | undefined {
  // A name read in lower case after a possessive ("Ukraine's air force") is a country's body or none ("Trump's national guard").
  const none = match.possessed === true ? null : undefined;
  if (places?.namesCountry === undefined) return none;
  const possessor = possessorOf(nodes, match);
  const owner = possessor !== null && places.namesCountry(possessor) ? possessor : demonymCountry(nodes, match, places);
  if (owner === null) return none;
  return [match.entity, ...match.alternatives].find((entity) => places.isCountrysBody?.(entity, owner) === true) ?? null;
}

/**
 * The country whose demonym comes right before the match ("Indonesian Ministry of Foreign
 * Affairs", "Hungarian Parliament"): said so, the body is that country's. Mid-sentence the run
 * rule has dropped such a name already; at a sentence's start its capital had said nothing.
 */
function demonymCountry(nodes: readonly Text[], match: Readonly<TextMatch>, places: PossessorSay): string | null {
  // A demonym sits in the match's own text node, a space before it: nothing else is read.
  const data = nodes[match.startPart].data;
  if (places.demonymCountry === undefined || match.startOffset < 2 || data[match.startOffset - 1] !== ' ') return null;
  const before = wordBefore([data], 0, match.startOffset);
  return before !== null && isSpaceGap(before.gap) ? places.demonymCountry(before.text) : null;
}

type PossessorSay = Pick<PageSay, 'namesCountry' | 'isCountrysBody' | 'demonymCountry'>;

/** A weak match as a country's possessive leaves it: that country's body's, unchanged, or no name (null; see `countrysOwn`). */
export function ownedMatch(nodes: readonly Text[], match: TextMatch, places: PossessorSay | undefined): TextMatch | null {
  const owned = countrysOwn(nodes, match, places);
  if (owned === null) return null;
  return owned === undefined ? match : { ...match, entity: owned, weak: false, alternatives: [] };
}
