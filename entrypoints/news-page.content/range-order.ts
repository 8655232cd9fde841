/** Whether range `a` starts before range `b` in the document. */
export function precedes(a: StaticRange, b: StaticRange): boolean {
  if (a.startContainer === b.startContainer) return a.startOffset < b.startOffset;
  return (a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * The mentions of one text node that overlap its `start`–`end` and would give way to a name
 * there: all of them, when each lies inside it and is shorter (or, for a `shared` name, has
 * exactly its span, unless that one `stands`); null when one is longer, crosses it, or spans
 * several nodes.
 */
export function givingWay<M extends { parts: readonly unknown[]; range: StaticRange }>(mentions: readonly M[], start: number, end: number, shared: boolean, stands: (m: M) => boolean): M[] | null {
  const inside: M[] = [];
  for (const m of mentions) {
    if (m.parts.length > 1) return null;
    const from = m.range.startOffset;
    const to = m.range.endOffset;
    if (!(from < end && start < to)) continue;
    const same = from === start && to === end;
    if (from < start || to > end || (to - from >= end - start && !(shared && same && !stands(m)))) return null;
    inside.push(m);
  }
  return inside;
}
