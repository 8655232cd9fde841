import type { TextMatch } from '@/utils/matching/text-match';

/**
 * How often the page has named each entity strongly: the evidence a shared name is settled
 * by (see `chooseEntity`). A mention counts only where the page said who it is: a name of
 * its own, or a shared one that the page's names, places or site chose. A shared name that
 * went to its usual entity for want of any evidence ("Vucevic" in a headline, before the
 * story names Nikola Vucevic) is no evidence that the page means that entity, and nor is a
 * person's bare surname: the page's first read marks "Vucevic" as Serbia's Miloš Vučević
 * before the background sends the basketball player who shares it, and those marks must not
 * outvote "Nikola Vucevic" when the name is judged again.
 */
export class StrongCounts {
  private readonly counts = new Map<number, number>();
  private readonly counted = new WeakSet<object>();

  readonly of = (entity: number): number => this.counts.get(entity) ?? 0;

  /**
   * Counts `mention` for `entity` unless `match` was shared and nothing on the page had spoken
   * for any of its readings; `qualified` when the words after it chose it ("Toledo, Ohio").
   */
  add(mention: object, entity: number, match: Readonly<TextMatch>, evidence: (entity: number) => number, qualified: boolean, bareSurname: boolean): void {
    const shared = match.alternatives.length > 0;
    if (bareSurname || (shared && !qualified && evidence(match.entity) === 0 && match.alternatives.every((other) => evidence(other) === 0))) return;
    this.counted.add(mention);
    this.counts.set(entity, this.of(entity) + 1);
  }

  remove(mention: object, entity: number): void {
    if (!this.counted.delete(mention)) return;
    this.counts.set(entity, this.of(entity) - 1);
  }

  clear(): void {
    this.counts.clear();
  }
}
