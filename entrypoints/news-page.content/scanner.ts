import type { AliasIndex } from '@/utils/matching/alias-index';
import { eachMatch, type TextMatch } from '@/utils/matching/match';
import { isCapitalisedLead } from '@/utils/matching/run-words';
import type { PageWords } from '@/utils/matching/page-words';
import { createPageMemory, forgetPage } from '@/utils/matching/page-memory';
import type { MentionStore } from './mentions';
import { findShadowRoots, JudgmentCache, TextWalk, type OnRun } from './walk';

const NO_NODES: readonly Text[] = [];

/** How far below the viewport the on-screen pass reads before handing over to the full scan. */
const ON_SCREEN_MARGIN_PX = 400;

/** Reads text runs, matches them, and records mentions in the store. */
export class Scanner {
  constructor(
    private readonly store: MentionStore,
    private index: AliasIndex,
    private readonly isMuted: (entity: number, weak: boolean) => boolean = () => false,
    /** Told each capitalised word that may start a name the background holds, and its text node. */
    private readonly onRemoteWord?: (hash: number, node: Text) => void,
    /** Where every word read is noted, for the background to answer only names the page can hold. */
    private readonly pageWords?: PageWords,
  ) {}

  /** Which elements are skipped and which block each belongs to, kept between scans. */
  private judgments = new JudgmentCache();

  /** Forgets element judgments: an attribute that decides skipping (class, hidden, …) changed. */
  forgetJudgments(): void {
    this.judgments = new JudgmentCache();
  }

  setIndex(index: AliasIndex): void {
    this.index = index;
  }

  /** What the page's blocks said that later blocks are read by: names that were a person's ("Chad" in "Chad Miller"), initials it spelled out. */
  private readonly memory = createPageMemory();

  /** Forgets it for a new page (a full rescan, a client-side route): the next story's "Chad" may be the country, its "EFF" the party. */
  forgetPage(): void {
    forgetPage(this.memory);
  }

  /** The text nodes of the run being matched, for `onMatch`. */
  private runNodes: readonly Text[] = NO_NODES;

  /** True when the match is marked: a weak one that waits lets the matcher look inside it ("the war in Ukraine"). */
  private readonly onMatch = (match: Readonly<TextMatch>): boolean => !this.isMuted(match.entity, match.weak) && this.store.add(this.runNodes, match);

  private readonly noteRemote = (hash: number, part: number) => this.onRemoteWord!(hash, this.runNodes[part]);

  private readonly onRun: OnRun = (nodes, texts, count) => {
    this.runNodes = nodes;
    eachMatch(texts, this.index, count, this.onMatch, this.onRemoteWord ? this.noteRemote : undefined, this.pageWords, this.memory);
    // Let go of the walk's buffer: it holds text nodes the page may remove.
    this.runNodes = NO_NODES;
  };

  /**
   * Reads these text nodes again for names the background has just sent, adding only the
   * mentions of `isNew` entities that overlap nothing already marked: the rest of the page
   * stays as it is, so no block is read again and no mark or open card changes.
   */
  scanForNew(nodes: readonly Text[], isNew: (entity: number) => boolean): void {
    const one: Text[] = [];
    const onMatch = (match: Readonly<TextMatch>): boolean => {
      // A shared name counts when one of its entities came: it is resolved again with them. So
      // does a state after a town that came ("Georgia" after "Athens, "; see `TownQualifier`).
      const shared = match.alternatives.length > 0;
      const qualifier = this.store.awaitsQualifier(one[0], match.startOffset);
      if (!(isNew(match.entity) || (shared && match.alternatives.some(isNew)) || qualifier) || this.isMuted(match.entity, match.weak)) return false;
      // A longer name from the background wins over a shorter one marked first inside it, and
      // so does the state that a state's words settle ("the governor of New York": not the city).
      const retake = shared || qualifier || match.stateCued === true;
      if (this.store.overlaps(one[0], match.startOffset, match.endOffset)) {
        // Not a weak one over marks, which may only wait: "India–EU summit" took India and the EU away and marked nothing.
        // Over names that only wait it loses nothing: "Council" waiting for the European Council's
        // full name gives way to "National Security and Defense Council", which Ukraine on the page settles.
        if (match.weak && !retake && !this.widensRun(one[0], match) && this.store.overlaps(one[0], match.startOffset, match.endOffset, true)) return false;
        if (!this.store.yieldTo(one[0], match.startOffset, match.endOffset, retake)) return false;
      }
      return this.store.add(one, match);
    };
    for (const node of new Set(nodes)) {
      if (!node.isConnected) continue;
      one[0] = node;
      eachMatch([node.data], this.index, 1, onMatch, undefined, undefined, this.memory);
    }
    // The names that came may say whom an earlier shared name meant.
    this.store.settleLate();
  }

  /**
   * A weak name from the background that ends where a mark ends and adds only capitalised words
   * before it ("Constitutional Democratic Party" over the U.S. party's "Democratic Party"): the
   * mark was a name inside a longer one, which the first scan could not know yet.
   */
  private widensRun(node: Text, match: Readonly<TextMatch>): boolean {
    const inner = this.store.at(node, match.endOffset - 1)?.range;
    return inner !== undefined && inner.endOffset === match.endOffset && inner.startOffset > match.startOffset && isCapitalisedLead(node.data.slice(match.startOffset, inner.startOffset));
  }

  /** Scans all of `root` now; `ordered` when the store was just cleared and this is the whole article. */
  scanNow(root: Node, ordered = false): void {
    this.store.inDocumentOrder = ordered;
    new TextWalk(root, this.onRun, this.judgments).run();
    this.store.inDocumentOrder = false;
  }

  /** Scans the page's own open shadow roots under `root` (web components). */
  scanShadowRoots(root: Node): void {
    for (const shadow of findShadowRoots(root)) this.scanNow(shadow);
  }

  /**
   * Reads the article from the text at the top of the viewport down to just past its bottom,
   * so a page opened scrolled (a restored position, a #fragment) is marked where the reader
   * is looking first. Returns the blocks read, for the full scan to skip.
   */
  scanOnScreen(root: Node, startAt: Text): Set<Node> {
    const blocks = new Set<Node>();
    const limit = window.innerHeight + ON_SCREEN_MARGIN_PX;
    const onBlock = (block: Node) => {
      blocks.add(block);
      return block.nodeType === 1 && (block as Element).getBoundingClientRect().top > limit;
    };
    new TextWalk(root, this.onRun, this.judgments, { startAt, onBlock }).run();
    return blocks;
  }

  /**
   * Scans `root` in slices of about `sliceMs`, yielding to the page between them, so a huge
   * page never blocks input. `onSlice` runs after each slice (to mark what was found).
   */
  scanSliced(root: Node, sliceMs: number, schedule: (fn: () => void) => void, onSlice: (done: boolean) => void, exclude?: ReadonlySet<Node>): void {
    const walk = new TextWalk(root, this.onRun, this.judgments, { exclude });
    const ordered = !exclude || exclude.size === 0;
    const step = () => {
      // The store is empty when a sliced scan starts and nothing else adds until it ends (the
      // session holds live changes back meanwhile), so mentions arrive in document order.
      this.store.inDocumentOrder = ordered;
      const done = walk.run(performance.now() + sliceMs);
      this.store.inDocumentOrder = false;
      onSlice(done);
      if (!done) schedule(step);
    };
    step();
  }
}
