import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SCAN_SLICE_MS } from '@/utils/card/timing';
import { findArticleRoot } from './article-root';
import { articleMayHaveNames } from './language';
import { blocksToRescan } from './live-update';
import type { MentionStore } from './mentions';
import { firstTextOnScreen } from './page-state';
import type { Scanner } from './scanner';
import type { ChangeBatch } from './watch';

export interface PageScanOptions {
  ctx: ContentScriptContext;
  scanner: Scanner;
  store: MentionStore;
  /** The store is about to be emptied for a full scan: marks and any open card go with it. */
  onReset: () => void;
  /** Mentions were added or removed: bring the marks in line. */
  onChanged: () => void;
  /** A full scan, or a batch of live changes, has been read: words the background holds can be asked for. */
  onRead?: () => void;
}

/**
 * Reading the article over the page's life: a full scan (what is on screen first, then the
 * rest in slices that yield to the page), then only the blocks that live changes touch. A
 * change that arrives during a full scan waits for its end, so the scan sees the page in
 * order; a full scan started anew, or `stop()`, abandons the slices of the one before.
 */
export class PageScan {
  /** The article being read (null before the first scan, or when the page has none). */
  root: Element | null = null;
  private generation = 0;
  private scanning = false;
  private readonly held: ChangeBatch[] = [];

  constructor(private readonly o: PageScanOptions) {}

  /** A full scan is under way (live changes wait for it). */
  get busy(): boolean {
    return this.scanning;
  }

  full(): void {
    const generation = ++this.generation;
    const { scanner } = this.o;
    this.held.length = 0;
    this.o.store.clear();
    scanner.forgetPage();
    this.o.onReset();
    const root = (this.root = findArticleRoot(document));
    // A page in another script (Chinese, Ukrainian, Arabic…) has nothing the knowledge can name.
    if (!root || !articleMayHaveNames(document, root)) return;
    this.scanning = true;
    const onScreen = firstTextOnScreen(root);
    const done = onScreen ? scanner.scanOnScreen(root, onScreen) : undefined;
    if (done) this.o.onChanged();
    scanner.scanSliced(
      root,
      SCAN_SLICE_MS,
      (next) => this.o.ctx.setTimeout(() => generation === this.generation && next(), 0),
      (finished) => {
        if (finished) {
          this.scanning = false;
          scanner.scanShadowRoots(root);
          // A headline's shared name, read before the story said whom it means.
          this.o.store.settleLate();
          // Changes that came in while the article was being read.
          for (const batch of this.held.splice(0)) this.apply(batch);
        }
        this.o.onChanged();
        if (finished) this.o.onRead?.();
      },
      done,
    );
  }

  /** A batch of live changes: the blocks it touched are read again (all of the article when it is huge or gone). */
  apply(batch: ChangeBatch): void {
    if (this.scanning) return void this.held.push(batch);
    if (batch.skipAttributesChanged) this.o.scanner.forgetJudgments();
    if (!this.root?.isConnected || batch.huge) return this.full();
    for (const block of blocksToRescan(batch, this.root, this.o.store)) this.o.scanner.scanNow(block);
    this.o.store.settleLate();
    this.o.onChanged();
    this.o.onRead?.();
  }


  /** Abandons a full scan under way and the changes held for it. */
  stop(): void {
    this.generation++;
    this.scanning = false;
    this.held.length = 0;
  }
}
