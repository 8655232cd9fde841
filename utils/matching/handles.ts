import type { MatchSpan } from './context-rules';

/**
 * A social handle or an address holds the name as text, not as a mention: "@FM_Szijjarto",
 * "@ZelenskyyUa", "press@nato.int". An at sign or underscore joined to it says so.
 */
export const inHandle = (parts: readonly string[], span: MatchSpan) => {
  const before = parts[span.startPart].charCodeAt(span.startOffset - 1);
  return before === 64 || before === 95 || parts[span.endPart].charCodeAt(span.endOffset) === 95;
};
