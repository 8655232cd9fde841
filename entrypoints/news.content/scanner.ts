import type { AliasIndex } from '@/utils/matching/alias-index';
import { findMatches } from '@/utils/matching/match';
import type { MentionStore } from './mentions';
import { createTextWalk, findShadowRoots, type JudgmentCache } from './walk';

/** Reads text runs, matches them, and records mentions in the store. */
export class Scanner {
  constructor(
    private readonly store: MentionStore,
    private index: AliasIndex,
    private readonly isMuted: (entity: number, weak: boolean) => boolean = () => false,
  ) {}

  /** Which elements are skipped and which block each belongs to, kept between scans. */
  private judgments: JudgmentCache = new WeakMap();

  /** Forgets element judgments: an attribute that decides skipping (class, hidden, …) changed. */
  forgetJudgments(): void {
    this.judgments = new WeakMap();
  }

  setIndex(index: AliasIndex): void {
    this.index = index;
  }

  private readonly onRun = (nodes: Text[]) => {
    const texts = nodes.map((n) => n.data);
    for (const match of findMatches(texts, this.index)) {
      if (!this.isMuted(match.entity, match.weak)) this.store.add(nodes, match);
    }
  };

  /** Scans all of `root` now; `ordered` when the store was just cleared and this is the whole article. */
  scanNow(root: Node, ordered = false): void {
    this.store.inDocumentOrder = ordered;
    createTextWalk(root, this.onRun, this.judgments).run(() => false);
    this.store.inDocumentOrder = false;
  }

  /** Scans the page's own open shadow roots under `root` (web components). */
  scanShadowRoots(root: Node): void {
    for (const shadow of findShadowRoots(root)) this.scanNow(shadow);
  }

  /**
   * Scans `root` in slices of about `sliceMs`, yielding to the page between them, so a huge
   * page never blocks input. `onSlice` runs after each slice (to mark what was found).
   */
  scanSliced(root: Node, sliceMs: number, schedule: (fn: () => void) => void, onSlice: (done: boolean) => void): void {
    const walk = createTextWalk(root, this.onRun, this.judgments);
    const step = () => {
      const end = performance.now() + sliceMs;
      // The store is empty when a sliced scan starts and nothing else adds until it ends (the
      // session holds live changes back meanwhile), so mentions arrive in document order.
      this.store.inDocumentOrder = true;
      const done = walk.run(() => performance.now() >= end);
      this.store.inDocumentOrder = false;
      onSlice(done);
      if (!done) schedule(step);
    };
    step();
  }
}
