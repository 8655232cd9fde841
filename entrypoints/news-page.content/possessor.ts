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
