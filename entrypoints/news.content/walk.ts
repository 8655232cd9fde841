import { isSkippedElement } from './skip';

/**
 * Elements that flow inside a line of text. A name may be split across them
 * (`<b>Viktor</b> Orbán`), so their text joins one run; every other element ends a run,
 * so "in Kyiv" never runs into the next heading.
 */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL', 'MARK', 'Q',
  'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'NOBR',
]);

/** True for elements that end a run of text (everything but inline formatting). */
export const isBlock = (n: Node): boolean => n.nodeType === 1 && !INLINE_TAGS.has((n as Element).tagName);

/** A resumable walk over the readable text under `root`, handing over one run of text nodes per block. */
export interface TextWalk {
  /** Walks until `shouldPause()` is true or the end; returns true when finished. */
  run(shouldPause: () => boolean): boolean;
}

/**
 * One pass over the tree with firstChild/nextSibling (no NodeFilter callback, which costs
 * ~3× a bare walk), skipping whole subtrees the scanner must not read.
 */
export function createTextWalk(root: Node, onRun: (nodes: Text[]) => void): TextWalk {
  let node: Node | null = root.firstChild;
  let run: Text[] = [];
  const flush = () => {
    if (run.length > 0) {
      onRun(run);
      run = [];
    }
  };

  return {
    run(shouldPause) {
      let steps = 0;
      while (node) {
        let descend = false;
        if (node.nodeType === 3) {
          if ((node as Text).data.trim() !== '') run.push(node as Text);
        } else if (node.nodeType === 1) {
          const el = node as Element;
          if (!isSkippedElement(el)) {
            if (isBlock(el)) flush();
            descend = true;
          }
          // A page's own open shadow roots hold text readers see too.
          if (el.shadowRoot && descend) scanShadow(el.shadowRoot, onRun);
        }
        node = advance(node, descend);
        if ((++steps & 255) === 0 && shouldPause()) return false;
      }
      flush();
      return true;
    },
  };

  function advance(from: Node, descend: boolean): Node | null {
    if (descend && from.firstChild) return from.firstChild;
    let current: Node | null = from;
    while (current && current !== root) {
      if (isBlock(current)) flush();
      if (current.nextSibling) return current.nextSibling;
      current = current.parentNode;
    }
    return null;
  }
}

function scanShadow(shadow: ShadowRoot, onRun: (nodes: Text[]) => void): void {
  createTextWalk(shadow, onRun).run(() => false);
}
