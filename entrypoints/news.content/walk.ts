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

/** A resumable walk over the readable text under `root`, handing over one run of text nodes per block. */
export interface TextWalk {
  /** Walks until `shouldPause()` is true or the end; returns true when finished. */
  run(shouldPause: () => boolean): boolean;
}

/** What the walk needs to know of a text node's parent: skipped or not, and which block it belongs to. */
export interface ParentInfo {
  skip: boolean;
  block: Node;
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

/**
 * A native `TreeWalker(SHOW_TEXT)` pass, the same as the cost floor, with no NodeFilter
 * callback (which costs ~3× a bare walk). Each parent element is judged once, by walking up
 * to its nearest judged ancestor; judgments persist in `info` between scans of the same
 * page (the owner clears it when attributes that decide skipping change).
 */
export type JudgmentCache = WeakMap<Node, ParentInfo>;

/** Where a walk starts and what it leaves out (for scanning what is on screen first). */
export interface WalkOptions {
  /** Start here instead of at the root's first text. */
  startAt?: Node;
  /** Blocks already read: their runs are skipped. */
  exclude?: ReadonlySet<Node>;
  /** Told each block a run was read from. */
  onBlock?: (block: Node) => void;
}

export function createTextWalk(root: Node, onRun: (nodes: Text[], texts: string[]) => void, info: JudgmentCache = new WeakMap(), options: WalkOptions = {}): TextWalk {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (options.startAt) walker.currentNode = options.startAt;
  const { exclude, onBlock } = options;
  // The root is read whatever it is (callers check it); its block is itself.
  const rootInfo: ParentInfo = { skip: false, block: root };
  let run: Text[] = [];
  // The nodes' text, read once here (`.data` makes a new string on every read).
  let texts: string[] = [];
  let runBlock: Node | null = null;
  let node: Node | null = options.startAt?.nodeType === 3 ? options.startAt : walker.nextNode();
  let lastParent: Node | null = null;
  let lastInfo: ParentInfo | null = null;

  const judge = (parent: Node): ParentInfo => {
    if (parent === root) return rootInfo;
    let known = info.get(parent);
    if (known) return known;
    const up = parent.parentNode ? judge(parent.parentNode) : { skip: false, block: parent };
    const skip = up.skip || isSkippedElement(parent as Element);
    known = { skip, block: isBlock(parent) ? parent : up.block };
    info.set(parent, known);
    return known;
  };
  const flush = () => {
    if (run.length > 0 && !exclude?.has(runBlock!)) {
      onRun(run, texts);
      onBlock?.(runBlock!);
    }
    run = [];
    texts = [];
  };

  return {
    run(shouldPause) {
      let steps = 0;
      while (node) {
        const data = (node as Text).data;
        if (hasContent(data)) {
          const parentNode = node.parentNode!;
          // Siblings share a parent: skip the cache lookup for them.
          const parent = parentNode === lastParent ? lastInfo! : judge(parentNode);
          lastParent = parentNode;
          lastInfo = parent;
          if (!parent.skip) {
            // A new block, or a block element (a <br>, an empty <div>) just before: a new run.
            const before = node.previousSibling;
            if (parent.block !== runBlock || (before !== null && isBlock(before))) flush();
            runBlock = parent.block;
            run.push(node as Text);
            texts.push(data);
          }
        }
        node = walker.nextNode();
        if ((++steps & 255) === 0 && shouldPause()) return false;
      }
      flush();
      return true;
    },
  };
}
