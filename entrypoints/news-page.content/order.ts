import type { Mention } from './mentions';

/** Mentions in the order a reader meets them on the page. */
export function orderMentions(mentions: Mention[]): Mention[] {
  return mentions.sort((a, b) => {
    if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
    return a.range.startContainer.compareDocumentPosition(b.range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
