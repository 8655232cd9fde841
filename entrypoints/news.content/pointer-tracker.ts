import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PointerState {
  x: number;
  y: number;
  /** The event's path went through this element (the card's host). */
  target: EventTarget[];
}

/**
 * Follows the pointer and the Escape key from the very start of the page (document_start),
 * on `window` in the capture phase, so our listeners run before any the page adds: a page
 * that stops `mouseover` or `keydown` in its own capture listeners cannot blind the card.
 */
export class PointerTracker {
  last: PointerState | null = null;
  private pointerListeners: ((state: PointerState) => void)[] = [];
  private escapeListeners: (() => void)[] = [];
  private scrollListeners: (() => void)[] = [];

  constructor(ctx: ContentScriptContext) {
    const onPointer = (event: MouseEvent) => {
      this.last = { x: event.clientX, y: event.clientY, target: event.composedPath() };
      for (const listener of this.pointerListeners) listener(this.last);
    };
    const options = { capture: true, passive: true };
    ctx.addEventListener(window, 'pointermove', onPointer, options);
    ctx.addEventListener(window, 'mouseover', onPointer, options);
    ctx.addEventListener(window, 'scroll', () => this.scrollListeners.forEach((l) => l()), options);
    ctx.addEventListener(
      window,
      'keydown',
      (event) => {
        if (event.key === 'Escape') this.escapeListeners.forEach((l) => l());
      },
      { capture: true },
    );
  }

  onPointer(listener: (state: PointerState) => void): void {
    this.pointerListeners.push(listener);
  }

  onEscape(listener: () => void): void {
    this.escapeListeners.push(listener);
  }

  onScroll(listener: () => void): void {
    this.scrollListeners.push(listener);
  }
}
