import type { MatchSpan } from './context-rules';
import { UPPER } from './letter-classes';

/** " of " and a capitalised word, inside a name: "Council of Ukraine", "Bank of England". */
const OF_NAME = new RegExp(String.raw`[ \u00a0]of[ \u00a0](?:the[ \u00a0])?[${UPPER}]`);

/**
 * Whether a full name of three words or more, "X of Y", ends where a capitalised run goes on:
 * news writes an office's body whole before its holder, with no comma ("Secretary of the
 * National Security and Defense Council of Ukraine Rustem Umerov"), and the run that follows is
 * the holder's name, not more of the body's. A name of "of" rarely heads a longer one, and
 * where it does ("Bank of America Merrill Lynch") it is still the body named.
 */
export function ofNameBeforeRun(parts: readonly string[], span: MatchSpan): boolean {
  if (span.words < 3 || span.startPart !== span.endPart) return false;
  return OF_NAME.test(parts[span.startPart].slice(span.startOffset, span.endOffset));
}
