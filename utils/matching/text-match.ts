/** One mention found in a run of text parts (the text nodes of one block). */
export interface TextMatch {
  entity: number;
  weak: boolean;
  /**
   * Other entities the same words name (a shared alias: "Johnson", "Jordan"), for the page to
   * choose between by what it mentioned before (see `chooseEntity`). Usually empty.
   */
  alternatives: number[];
  startPart: number;
  startOffset: number;
  endPart: number;
  endOffset: number;
  /** A weak one-word name that opens its block or a sentence (see `opensSentence`): its capital says nothing. */
  opensSentence?: boolean;
  /**
   * A one-word given name (see `AliasFlag.GivenName`) that the page wrote earlier at the head
   * of a longer capitalised name ("Chad Miller … Chad said"): likely that person again.
   */
  afterNameRun?: boolean;
  /**
   * A weak short name of an agency or platform that the words around it credit ("(AFP) —",
   * "a post on X"; see `credit-cues.ts`): `entity` is the credited one, which the page marks
   * unless its context names one of the alternatives.
   */
  credited?: boolean;
}
