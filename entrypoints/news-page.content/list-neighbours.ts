import { isListGap } from '@/utils/matching/list-gap';
import type { Mention } from './mentions';

/** Whether `a` and `b` are items next to each other in one list, in either order, within one text node. */
export function listNeighbours(a: Mention, b: Mention): boolean {
  if (a.parts.length !== 1 || b.parts.length !== 1 || a.parts[0] !== b.parts[0]) return false;
  const [first, second] = a.range.startOffset < b.range.startOffset ? [a, b] : [b, a];
  if (second.range.startOffset < first.range.endOffset) return false;
  return isListGap(first.parts[0].data.slice(first.range.endOffset, second.range.startOffset));
}
