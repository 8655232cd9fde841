import type { TextMatch } from '@/utils/matching/text-match';

/** What a shared name could name, kept to judge it again. */
export interface SharedReading {
  usual: number;
  weak: boolean;
  alternatives: readonly number[];
}

/**
 * Shared names marked before the page said which of their entities it means: a headline's
 * "Vucevic" is read before the story's "Nikola Vucevic", and goes to Serbia's Miloš Vučević
 * for want of anything better. The store judges them again once the article, or the names the
 * background sent, has been read (`MentionStore.settleLate`). A name stays here while it is
 * still its usual entity's: the background's names may yet speak for another.
 */
export class UnheardNames<M extends object> {
  private readonly readings = new Map<M, SharedReading>();

  /** Keeps `mention` when `match` is shared and nothing on the page had spoken for any of its readings. */
  note(mention: M, match: Readonly<TextMatch>, evidence: (entity: number) => number): void {
    if (match.alternatives.length === 0 || evidence(match.entity) > 0 || match.alternatives.some((other) => evidence(other) > 0)) return;
    this.readings.set(mention, { usual: match.entity, weak: match.weak, alternatives: match.alternatives.slice() });
  }

  /** Every kept name with its readings; `drop` lets one go (judged again to another entity, or gone). */
  entries(): [M, SharedReading][] {
    return [...this.readings];
  }

  drop(mention: M): void {
    this.readings.delete(mention);
  }

  /** Names judged again with the whole page: the same name read once more does not undo that. */
  private readonly judged = new WeakSet<M>();

  settled(mention: M): void {
    this.judged.add(mention);
  }

  readonly stands = (mention: M): boolean => this.judged.has(mention);

  clear(): void {
    this.readings.clear();
  }
}
