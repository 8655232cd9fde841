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
   * A one-word name that the page wrote earlier as part of a person's: a given name (see
   * `AliasFlag.GivenName`) at the head of a longer capitalised name ("Chad Miller … Chad
   * said"), or any name right after a known given name ("Mark Richardson … Richardson said";
   * see `closesPersonName`). Likely that person again.
   */
  afterNameRun?: boolean;
  /**
   * A weak short name of an agency or platform that the words around it credit ("(AFP) —",
   * "a post on X"; see `credit-cues.ts`): `entity` is the credited one, which the page marks
   * unless its context names one of the alternatives.
   */
  credited?: boolean;
  /**
   * A name a U.S. state shares with another place, in a state's words ("the governor of New
   * York"; see `state-cues.ts`): `entity` is the state, settled, and it takes the place of the
   * other place marked there before the background's state came.
   */
  stateCued?: boolean;
  /**
   * A family name a title settled ("Chairman Jordan": the one Jordan the title fits), with the
   * other people of the name as alternatives: only the one the page named in full takes it from
   * the title's (see `surnameAgain`).
   */
  titled?: boolean;
  /**
   * A shared body's name the page wrote in lower case after a possessive ("Ukraine's air
   * force"; see `possessed-name.ts`): the possessor's own body, or no name at all.
   */
  possessed?: boolean;
}
