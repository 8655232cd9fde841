import type { Mention, MentionStore } from './mentions';

/** The text position under a point, in whichever form the engine offers. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Live client rectangles of a mention (its stored range is static). */
export function mentionRects(mention: Mention, doc: Document = document): DOMRect[] {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  if (!startContainer.isConnected || !endContainer.isConnected) return [];
  const range = doc.createRange();
  try {
    range.setStart(startContainer, startOffset);
    range.setEnd(endContainer, endOffset);
  } catch {
    return []; // the text shrank under the mention
  }
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
}

/** Slack around a name's box, in CSS pixels, so the pointer at its very edge still counts. */
const EDGE_SLACK_PX = 1;

/**
 * The mention under a point: the caret position gives the text node and offset (~0.35 ms,
 * against ~2.5 ms for `highlightsFromPoint`), then the name's own boxes confirm the pointer
 * is on it and not in the margin beside a line.
 */
export function mentionAtPoint(doc: Document, store: MentionStore, x: number, y: number): Mention | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return undefined;
  const text = caret.node as Text;
  const candidates = [store.at(text, caret.offset), store.at(text, caret.offset - 1)];
  for (const mention of candidates) {
    if (!mention) continue;
    const onIt = mentionRects(mention, doc).some(
      (r) => x >= r.left - EDGE_SLACK_PX && x <= r.right + EDGE_SLACK_PX && y >= r.top - EDGE_SLACK_PX && y <= r.bottom + EDGE_SLACK_PX,
    );
    if (onIt) return mention;
  }
  return undefined;
}
