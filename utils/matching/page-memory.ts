/**
 * What a page's earlier blocks said that its later blocks are read by. The content script keeps
 * one for the page and forgets it for a new one (a full rescan, a client-side route).
 */
export interface PageMemory {
  /** Hashes of names the page wrote as part of a person's ("Chad" in "Chad Miller"; see `TextMatch.afterNameRun`). */
  readonly personNameWords: Set<number>;
  /**
   * Initials the page spelled out, with the definition key of the name it gave them
   * ("Extended Fund Facility (EFF)": "EFF ext fun"). A report defines its initials once and
   * then uses them alone, so a later "EFF" is that facility, not South Africa's party.
   */
  readonly definedInitials: Map<string, string>;
}

export const createPageMemory = (): PageMemory => ({ personNameWords: new Set(), definedInitials: new Map() });

export function forgetPage(memory: PageMemory): void {
  memory.personNameWords.clear();
  memory.definedInitials.clear();
}
