import { isSkippedElement } from './skip';

/**
 * Elements that flow inside a line of text. A name may be split across them
 * (`<b>Viktor</b> Orbán`), so their text joins one run; every other element ends a run,
 * so "in Kyiv" never runs into the next heading.
 */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL', 'MARK', 'Q',
  'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'NOBR', 'IMG',
]);

/** True for elements that end a run of text (everything but inline formatting). */
export const isBlock = (n: Node): boolean => n.nodeType === 1 && !INLINE_TAGS.has((n as Element).tagName);

/** What the walk needs to know of a text node's parent: skipped or not, and which block it belongs to. */
export interface ParentInfo {
  skip: boolean;
  block: Node;
}

/** A block element (a <br>, an empty <div>) stands just before this text, inside its block. */
function startsAfterBlock(node: Node): boolean {
  const before = node.previousSibling;
  return before !== null && isBlock(before);
}

/** True when the text holds more than whitespace (without allocating a trimmed copy). */
function hasContent(data: string): boolean {
  for (let i = 0; i < data.length; i++) if (data.charCodeAt(i) > 32) return true;
  return false;
}

/**
 * Open shadow roots under `root` (a page's own web components), found by walking elements.
 * Kept out of the text walk, which never visits elements, so it runs when the page is idle.
 */
export function findShadowRoots(root: Node): ShadowRoot[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const found: ShadowRoot[] = [];
  while (walker.nextNode()) {
    const shadow = (walker.currentNode as Element).shadowRoot;
    if (shadow && !isSkippedElement(walker.currentNode as Element)) found.push(shadow, ...findShadowRoots(shadow));
  }
  return found;
}

const JUDGMENT = Symbol('news-context judgment');
let generations = 0;

type Judgment = ParentInfo & { generation: number };

/** An element carrying the walk's judgment of it. */
type Judged = Node & { [JUDGMENT]?: Judgment };

/**
 * Judgments of parent elements, kept between scans of the same page (see `TextWalk`), on the
 * elements themselves: a property on our wrapper keeps the wrapper (a WeakMap key does not,
 * so a minor GC dropped wrappers and judgments alike and every rescan judged the page anew).
 * In a content script the property is on the isolated world's wrapper, unseen by the page.
 * A new cache (a new generation) disowns every earlier judgment.
 */
export class JudgmentCache {
  private readonly generation = ++generations;

  get(node: Node): ParentInfo | undefined {
    const known = (node as Judged)[JUDGMENT];
    return known !== undefined && known.generation === this.generation ? known : undefined;
  }

  /**
   * Judges `node`. An element judged as its parent was (a link or emphasis inside a paragraph,
   * most of an article's elements) shares the parent's judgment: one object per block, not per
   * element, 0.6 MB less heap on the 50k-word live page.
   */
  set(node: Node, skip: boolean, block: Node, parent?: ParentInfo): ParentInfo {
    const same = parent as Judgment | undefined;
    const known = same?.generation === this.generation && same.skip === skip && same.block === block ? same : { skip, block, generation: this.generation };
    (node as Judged)[JUDGMENT] = known;
    return known;
  }
}

/** Where a walk starts and what it leaves out (for scanning what is on screen first). */
export interface WalkOptions {
  /** Start here instead of at the root's first text. */
  startAt?: Node;
  /** Blocks already read: their runs are skipped. */
  exclude?: ReadonlySet<Node>;
  /** Told each block a run was read from; returning true ends the walk there. */
  onBlock?: (block: Node) => boolean;
}

/**
 * Told one run: its text nodes and their text, the first `count` entries of buffers the walk
 * reuses for every run (a fresh pair per run was most of a rescan's garbage), so valid only
 * during the call.
 */
export type OnRun = (nodes: readonly Text[], texts: readonly string[], count: number) => void;

/**
 * A buffer that holds objects from birth: a fresh `[]` holds small integers until its first
 * store changes its kind, and the optimised walk met that change at the start of every walk.
 */
const objectBuffer = <T>(): T[] => new Array<T | null>(64).fill(null) as T[];

/** How many text nodes are read between two looks at the clock. */
const STEPS_PER_CLOCK_READ = 256;

/**
 * A resumable walk over the readable text under `root`, handing over one run of text nodes
 * per block. A native `TreeWalker(SHOW_TEXT)` pass, the same as the cost floor, with no
 * NodeFilter callback (which costs ~3× a bare walk). Each parent element is judged once, by
 * walking up to its nearest judged ancestor; judgments persist in `info` between scans of
 * the same page (the owner clears it when attributes that decide skipping change).
 * A class, not closures: a rescan's fresh walk reuses the same optimised methods (a new
 * closure per walk or per slice made the JIT throw its code away).
 */
export class TextWalk {
  private readonly walker: TreeWalker;
  private readonly exclude: ReadonlySet<Node> | undefined;
  private readonly onBlock: ((block: Node) => boolean) | undefined;
  // The root is read whatever it is (callers check it); its block is itself.
  private readonly rootInfo: ParentInfo;
  private readonly nodes: Text[] = objectBuffer();
  // The nodes' text, read once here (`.data` makes a new string on every read).
  private readonly texts: string[] = objectBuffer();
  private count = 0;
  private runBlock: Node | null = null;
  private node: Node | null;
  private lastParent: Node | null = null;
  private lastInfo: ParentInfo | null = null;
  /** Set when `onBlock` asks to end the walk. */
  private stopped = false;

  constructor(
    private readonly root: Node,
    private readonly onRun: OnRun,
    private readonly info: JudgmentCache = new JudgmentCache(),
    options: WalkOptions = {},
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    if (options.startAt) this.walker.currentNode = options.startAt;
    this.exclude = options.exclude;
    this.onBlock = options.onBlock;
    this.rootInfo = { skip: false, block: root };
    this.node = options.startAt?.nodeType === 3 ? options.startAt : this.walker.nextNode();
  }

  /** Walks until `performance.now()` passes `deadline` (never, by default) or the end; true when finished. */
  run(deadline = Infinity): boolean {
    let steps = 0;
    let node = this.node;
    for (;;) {
      let data = '';
      let parent: ParentInfo | null = null;
      if (node !== null) {
        data = (node as Text).data;
        if (hasContent(data)) {
          const parentNode = node.parentNode!;
          // Siblings share a parent: skip the cache lookup for them.
          parent = parentNode === this.lastParent ? this.lastInfo! : this.judge(parentNode);
          this.lastParent = parentNode;
          this.lastInfo = parent;
          if (parent.skip) parent = null;
        }
      }
      // A new block, a block element (a <br>, an empty <div>) just before, or the end of the
      // text: the run so far is complete. The end goes through the same lines as every block
      // change, not an epilogue after the loop: code the JIT has never seen run costs the
      // optimised walk at the end of the first big scan, and the next scan then starts cold.
      if (node === null || (parent !== null && (parent.block !== this.runBlock || startsAfterBlock(node)))) {
        this.flush();
        if (node === null || this.stopped) return true;
      }
      if (parent !== null) {
        this.runBlock = parent.block;
        this.nodes[this.count] = node as Text;
        this.texts[this.count++] = data;
      }
      node = this.node = this.walker.nextNode();
      if (++steps % STEPS_PER_CLOCK_READ === 0 && deadline !== Infinity && performance.now() >= deadline) return false;
    }
  }

  private judge(parent: Node): ParentInfo {
    if (parent === this.root) return this.rootInfo;
    const known = this.info.get(parent);
    if (known) return known;
    const up = parent.parentNode ? this.judge(parent.parentNode) : { skip: false, block: parent };
    const skip = up.skip || isSkippedElement(parent as Element);
    return this.info.set(parent, skip, isBlock(parent) ? parent : up.block, up);
  }

  private flush(): void {
    if (this.count > 0 && !this.exclude?.has(this.runBlock!)) {
      this.onRun(this.nodes, this.texts, this.count);
      if (this.onBlock?.(this.runBlock!)) this.stopped = true;
    }
    this.count = 0;
  }
}
