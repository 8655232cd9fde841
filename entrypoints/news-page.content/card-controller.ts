import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardReducer, INITIAL_CARD_STATE, type CardAction, type CardState } from '@/utils/card/state';
import { GRACE_PERIOD_MS } from '@/utils/card/timing';
import type { CardHost } from './card-host';
import { mentionAtPoint, mentionRects } from './hit-test';
import type { Mention, MentionStore } from './mentions';
import type { PointerTracker } from '../news.content/pointer-tracker';

const isInsideLink = (mention: Mention): boolean => {
  const node = mention.range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('a[href]') != null;
};

export interface CardControllerOptions {
  ctx: ContentScriptContext;
  tracker: PointerTracker;
  store: MentionStore;
  host: CardHost;
  /** The hover delay the reader chose. */
  dwellMs: () => number;
  /** Builds the card's props for a mention. */
  cardProps: (mention: Mention) => Parameters<CardHost['show']>[0] | null;
  /** While a mention's card text is still on its way from the background: when it arrives. */
  whenCardLoads: (mention: Mention) => Promise<void> | null;
  /** Marks the mention whose card is open. */
  onActiveMention: (mention: Mention | null) => void;
  /** The pointer came to rest on a mention: a card may open after the dwell (the session starts fetching its map). */
  onDwell?: (mention: Mention) => void;
  isEnabled: () => boolean;
}

/**
 * Runs the card state machine: feeds it pointer and key events, runs its timers with the
 * interaction's token, and shows or hides the card when the state says so.
 */
export class CardController {
  private state: CardState = INITIAL_CARD_STATE;
  private pointer: { x: number; y: number; inCard: boolean } | null = null;
  private frame = 0;
  private repositionFrame = 0;
  private returnFocus: Element | null = null;
  private shownMention: Mention | null = null;

  constructor(private readonly o: CardControllerOptions) {
    o.tracker.onPointer((state) => {
      this.pointer = { x: state.x, y: state.y, inCard: o.host.isInPath(state.target) };
      this.scheduleHitTest();
    });
    o.tracker.onTap((state) => this.onTap(state.x, state.y, o.host.isInPath(state.target)));
    o.tracker.onScroll(() => this.onScroll());
    o.tracker.onEscape(() => {
      if (this.state.phase !== 'idle') this.dispatch({ type: 'ESCAPE' });
    });
  }

  get current(): CardState {
    return this.state;
  }

  get openMention(): Mention | null {
    return this.shownMention;
  }

  dispatch(action: CardAction): void {
    const previous = this.state;
    this.state = cardReducer(previous, action);
    if (this.state !== previous) this.runEffects(previous);
  }

  /** Opens a mention's card from the keyboard or a list: focus moves into the card. */
  openByKeyboard(mention: Mention): void {
    if (!this.state.viaKeyboard) this.returnFocus = document.activeElement;
    this.shownMention = null;
    this.dispatch({ type: 'KEYBOARD_OPEN', mention: mention.id });
  }

  /** Hit-tests the last pointer position again (after marks changed under it). */
  recheckPointer(): void {
    if (this.pointer && !this.pointer.inCard) this.scheduleHitTest();
  }

  /** Renders the open card again with fresh props (its map arrived after it opened); focus stays where it is. */
  refresh(): void {
    if (this.state.phase === 'shown' && this.shownMention) this.render(this.shownMention, false);
  }

  private scheduleHitTest(): void {
    if (this.frame) return;
    this.frame = this.o.ctx.requestAnimationFrame(() => {
      this.frame = 0;
      this.hitTest();
    });
  }

  private hitTest(): void {
    const pointer = this.pointer;
    if (!pointer || !this.o.isEnabled()) return;
    if (pointer.inCard) return this.dispatch({ type: 'POINTER_ON_CARD' });
    const mention = mentionAtPoint(document, this.o.store, pointer.x, pointer.y);
    this.dispatch(mention ? { type: 'POINTER_ON_MENTION', mention: mention.id } : { type: 'POINTER_ON_NOTHING' });
  }

  /**
   * Touch has no hover: a tap on a name opens its card at once, a tap elsewhere closes it. A
   * name inside a link is left to the link, so a tap still goes where the page meant.
   */
  private onTap(x: number, y: number, inCard: boolean): void {
    if (inCard || !this.o.isEnabled()) return;
    const mention = mentionAtPoint(document, this.o.store, x, y);
    if (mention && !isInsideLink(mention)) {
      this.pointer = null;
      this.dispatch({ type: 'TAP_ON_MENTION', mention: mention.id });
    } else this.dispatch({ type: 'TAP_OUTSIDE' });
  }

  private onScroll(): void {
    if (this.shownMention && this.o.host.visible && !this.repositionFrame) {
      // Follow the name once per frame; the card's content does not change on scroll.
      this.repositionFrame = this.o.ctx.requestAnimationFrame(() => {
        this.repositionFrame = 0;
        if (this.shownMention) void this.o.host.reposition(mentionRects(this.shownMention));
      });
    }
    if (this.pointer && !this.pointer.inCard) this.scheduleHitTest();
  }

  private runEffects(previous: CardState): void {
    const { state } = this;
    const { ctx } = this.o;
    if (state.phase === 'dwelling' && state.token !== previous.token) {
      const token = state.token;
      ctx.setTimeout(() => this.dispatch({ type: 'DWELL_ELAPSED', token }), this.o.dwellMs());
      // The dwell is long enough to fetch and compile the card's UI the first time.
      this.o.host.preload();
      const { onDwell } = this.o;
      const resting = onDwell ? this.findMention(state.mention) : undefined;
      if (onDwell && resting) onDwell(resting);
    }
    if (state.phase === 'closing' && previous.phase !== 'closing') {
      const token = state.token;
      ctx.setTimeout(() => this.dispatch({ type: 'GRACE_ELAPSED', token }), GRACE_PERIOD_MS);
    }
    if (state.phase === 'shown' && state.mention !== this.shownMention?.id) {
      const mention = this.findMention(state.mention);
      if (mention) this.render(mention, state.viaKeyboard);
      else this.dispatch({ type: 'RESET' });
    }
    if (state.phase === 'idle' || state.phase === 'dwelling') this.close(previous.viaKeyboard && !state.viaKeyboard);
  }

  /**
   * After a rescan: the card follows its mention to the one found again in its place (the
   * store gives it the same id), and closes only when the name is gone.
   */
  followRescan(): void {
    const shown = this.shownMention;
    if (!shown || shown.active) return;
    const again = this.findMention(shown.id);
    if (again) this.shownMention = again;
    else this.dispatch({ type: 'RESET' });
  }

  private findMention(id: number | null): Mention | undefined {
    if (id === null) return undefined;
    for (const m of this.o.store.all()) if (m.id === id) return m;
    return undefined;
  }

  private render(mention: Mention, focus: boolean, waited = false): void {
    const props = this.o.cardProps(mention);
    const loading = props || waited ? null : this.o.whenCardLoads(mention);
    if (loading) {
      // The card is asked for at the dwell's start, or only now (keyboard, tap): show it when it comes, if still wanted.
      void loading.then(() => {
        if (this.state.phase === 'shown' && this.state.mention === mention.id && !this.shownMention) this.render(mention, focus, true);
      });
      return;
    }
    const rects = mentionRects(mention);
    if (!props || rects.length === 0) return this.dispatch({ type: 'RESET' });
    const firstTime = this.shownMention !== mention;
    this.shownMention = mention;
    this.o.onActiveMention(mention);
    const pointer = this.pointer && !this.pointer.inCard ? { x: this.pointer.x, y: this.pointer.y } : undefined;
    void this.o.host.show(props, rects, pointer, focus && firstTime);
  }

  private close(restoreFocus: boolean): void {
    if (!this.shownMention) return;
    this.shownMention = null;
    this.o.host.hide();
    this.o.onActiveMention(null);
    if (restoreFocus && this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
    if (restoreFocus) this.returnFocus = null;
  }
}
