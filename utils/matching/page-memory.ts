/**
 * What a page's earlier blocks said that its later blocks are read by. The content script keeps
 * one for the page and forgets it for a new one (a full rescan, a client-side route).
 */
export interface PageMemory {
  /** Hashes of names the page wrote as part of a person's ("Chad" in "Chad Miller"; see `TextMatch.afterNameRun`). */
  readonly personNameWords: Set<number>;
  /**
   * Initials the page spelled out, with what it gave them for (see `DefinedInitials`). A report
   * defines its initials once and then uses them alone, so a later "EFF" is that facility, not
   * South Africa's party.
   */
  readonly definedInitials: Map<string, DefinedInitials>;
}

/** What a page's initials were defined as. */
export interface DefinedInitials {
  /** The definition key of the name written out ("Extended Fund Facility (EFF)": "ext fun"). */
  readonly key: string;
  /**
   * The entities of the name matched right before them, if any: after "the National Electoral
   * Council (CNE)", the councils of that name, whichever the page's context makes it; the key
   * alone would hold for none of theirs but the first.
   */
  readonly entities: readonly number[];
}

export const createPageMemory = (): PageMemory => ({ personNameWords: new Set(), definedInitials: new Map() });

export function forgetPage(memory: PageMemory): void {
  memory.personNameWords.clear();
  memory.definedInitials.clear();
}
