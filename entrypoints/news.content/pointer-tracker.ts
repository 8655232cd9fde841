import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TOUCH_COMPAT_MOUSE_MS } from '@/utils/card/timing';

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
  private tapListeners: ((state: PointerState) => void)[] = [];
  /** The kind of the last pointer press: a `click` after a touch press is a tap. */
  private pressedWith = '';
  /** When the last touch press began or ended (event time), to tell made-up mouse events from real ones. */
  private touchedAt = -Infinity;

  constructor(ctx: ContentScriptContext) {
    const onPointer = (event: MouseEvent) => {
      // Touch has no hover: its pointer moves and the mouse events browsers make up after a
      // tap would start a dwell on whatever was tapped (a link's name included).
      if ((event as PointerEvent).pointerType === 'touch' || event.timeStamp - this.touchedAt < TOUCH_COMPAT_MOUSE_MS) return;
      this.last = { x: event.clientX, y: event.clientY, target: event.composedPath() };
      for (const listener of this.pointerListeners) listener(this.last);
    };
    const options = { capture: true, passive: true };
    ctx.addEventListener(window, 'pointermove', onPointer, options);
    ctx.addEventListener(window, 'mouseover', onPointer, options);
    ctx.addEventListener(window, 'scroll', () => this.scrollListeners.forEach((l) => l()), options);
    const onPress = (event: PointerEvent) => {
      this.pressedWith = event.pointerType;
      if (event.pointerType === 'touch') this.touchedAt = event.timeStamp;
    };
    ctx.addEventListener(window, 'pointerdown', onPress, options);
    ctx.addEventListener(window, 'pointerup', onPress, options);
    // Passive and never prevented: a tap still follows the page's own links and buttons.
    ctx.addEventListener(
      window,
      'click',
      (event) => {
        if (this.pressedWith !== 'touch') return;
        const tap = { x: event.clientX, y: event.clientY, target: event.composedPath() };
        for (const listener of this.tapListeners) listener(tap);
      },
      options,
    );
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

  /** A touch tap (a click whose press was a touch), after the page saw it. */
  onTap(listener: (state: PointerState) => void): void {
    this.tapListeners.push(listener);
  }

  onEscape(listener: () => void): void {
    this.escapeListeners.push(listener);
  }

  onScroll(listener: () => void): void {
    this.scrollListeners.push(listener);
  }
}

/**
 * Where the document_start script leaves its tracker for the main script: content scripts of
 * one extension share their isolated world, whose globals the page cannot see.
 */
const SHARED_TRACKER = Symbol.for('news-context.pointer-tracker');

type WithTracker = typeof globalThis & { [SHARED_TRACKER]?: PointerTracker };

export function shareTracker(tracker: PointerTracker): void {
  (globalThis as WithTracker)[SHARED_TRACKER] = tracker;
}

/**
 * The tracker the document_start script made, or a new one when there is none: on a site
 * the reader enabled, the main script is registered alone (its listeners then start late,
 * which only matters on pages that stop events in their own capture listeners).
 */
export function takeTracker(ctx: ContentScriptContext): PointerTracker {
  return (globalThis as WithTracker)[SHARED_TRACKER] ?? new PointerTracker(ctx);
}
