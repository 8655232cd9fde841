import type { TextMatch } from '@/utils/matching/match';

/** A match in one text node, as the scanner hands the mention store (the mention store's tests). */
export const match = (entity: number, start: number, end: number, weak = false, alternatives: number[] = []): TextMatch => ({
  entity,
  weak,
  alternatives,
  startPart: 0,
  startOffset: start,
  endPart: 0,
  endOffset: end,
});
