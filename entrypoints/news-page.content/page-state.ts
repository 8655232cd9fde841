import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { caretAt } from './hit-test';

/**
 * The first text at the top of the viewport inside `root`, when the page is scrolled down
 * (a restored position or a #fragment); null at the top, where document order already
 * reads what is on screen first.
 */
export function firstTextOnScreen(root: Element): Text | null {
  if (window.scrollY < window.innerHeight / 2) return null;
  const box = root.getBoundingClientRect();
  const x = Math.min(window.innerWidth - 1, Math.max(1, box.left + 24));
  for (const y of [8, 48, 120, 240]) {
    const caret = caretAt(document, x, y);
    if (caret?.node.nodeType === 3 && root.contains(caret.node)) return caret.node as Text;
  }
  return null;
}

/** Resolves once the tab is visible: a page opened in a background tab is read when the reader looks at it. */
export function whenVisible(ctx: ContentScriptContext, doc: Document = document): Promise<void> {
  if (!doc.hidden) return Promise.resolve();
  return new Promise((resolve) => ctx.addEventListener(doc, 'visibilitychange', () => !doc.hidden && resolve()));
}

/** Resolves once the document is parsed (at document_end it is; a script injected earlier waits). */
export function domReady(ctx: ContentScriptContext): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => ctx.addEventListener(document, 'DOMContentLoaded', () => resolve(), { once: true }));
}
