import { wholeNameEnd } from '@/utils/matching/name-edges';
import type { TextMatch } from '@/utils/matching/match';

/** A mention as far as its span goes: where it starts and ends, and whether it is marked. */
interface Spanned {
  id: number;
  active: boolean;
  range: StaticRange;
}

/** Whether any of a text node's mentions (or only its marked ones) covers any of `start`–`end` in it (a mention may run on into other nodes). */
export function coversAny(mentions: readonly Spanned[] | undefined, node: Text, start: number, end: number, markedOnly = false): boolean {
  return (
    mentions?.some((m) => {
      if (markedOnly && !m.active) return false;
      const from = m.range.startContainer === node ? m.range.startOffset : 0;
      const to = m.range.endContainer === node ? m.range.endOffset : node.length;
      return from < end && start < to;
    }) ?? false
  );
}

/** The marked mention of a text node's mentions at a point in it. */
export function activeAt<M extends Spanned>(mentions: readonly M[] | undefined, node: Text, offset: number): M | undefined {
  return mentions?.find((m) => {
    if (!m.active) return false;
    const { startContainer, startOffset, endContainer, endOffset } = m.range;
    const afterStart = startContainer !== node || offset >= startOffset;
    const beforeEnd = endContainer !== node || offset < endOffset;
    return afterStart && beforeEnd;
  });
}

/** Each marked mention of the lists once (a mention over two text nodes is in both nodes' lists). */
export function* activeOnce<M extends Spanned>(lists: Iterable<readonly M[]>): Generator<M> {
  const seen = new Set<number>();
  for (const list of lists) {
    for (const m of list) {
      if (m.active && !seen.has(m.id)) {
        seen.add(m.id);
        yield m;
      }
    }
  }
}

/** Every mention, marked or waiting, in any of `nodes`, once. */
export function mentionsIn<M>(byNode: ReadonlyMap<Text, readonly M[]>, nodes: Iterable<Text>): Set<M> {
  const found = new Set<M>();
  for (const node of nodes) for (const m of byNode.get(node) ?? []) found.add(m);
  return found;
}

/** The page range a match covers in `nodes`, with the last dot or bracket of its name ("U.S.", "JD(U)"; see `wholeNameEnd`). */
export function matchRange(nodes: readonly Text[], match: Readonly<TextMatch>): StaticRange {
  const end = nodes[match.endPart];
  return new StaticRange({ startContainer: nodes[match.startPart], startOffset: match.startOffset, endContainer: end, endOffset: wholeNameEnd(end.data, match.endPart === match.startPart ? match.startOffset : 0, match.endOffset) });
}
