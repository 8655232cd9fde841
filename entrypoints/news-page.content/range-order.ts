/** Whether range `a` starts before range `b` in the document. */
export function precedes(a: StaticRange, b: StaticRange): boolean {
  if (a.startContainer === b.startContainer) return a.startOffset < b.startOffset;
  return (a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
