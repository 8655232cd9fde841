import type { TextMatch } from '@/utils/matching/match';
import { possessorBefore } from '@/utils/matching/neighbours';

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
 * country's: had it been known, its own longer name would have matched first, so it is not
 * one of the institutions that share the short name. A person's possessive is no such owner
 * ("Keir Starmer's Labour Party").
 */
export function ownedByACountry(nodes: readonly Text[], match: Readonly<TextMatch>, places: { namesCountry?(name: string): boolean } | undefined): boolean {
  if (places?.namesCountry === undefined) return false;
  const possessor = possessorOf(nodes, match);
  return possessor !== null && places.namesCountry(possessor);
}
