import type { HoverCardProps } from '@/components/HoverCard';
import type { CardUi } from '@/utils/card/card-ui';
import type { Theme } from '@/utils/settings';
import { loadCardUi } from './card-ui-loader';
import { OWN_UI_ATTRIBUTE } from './skip';

/**
 * Inline `!important` styles beat any page rule (`* { all: unset !important }` included),
 * and the top layer (a manual popover) puts the card above any `z-index` banner.
 */
const HOST_STYLE = [
  'position: fixed', 'inset: auto', 'left: 0', 'top: 0', 'margin: 0', 'padding: 0', 'border: 0', 'width: auto', 'height: auto',
  'max-width: none', 'max-height: none', 'background: transparent', 'overflow: visible', 'z-index: 2147483647',
  'transform: none', 'filter: none', 'opacity: 1', 'pointer-events: auto', 'color-scheme: normal', 'contain: layout style',
].map((rule) => `${rule} !important`);

export interface CardHost {
  show(props: HoverCardProps, rects: DOMRect[], pointer: { x: number; y: number } | undefined, focus: boolean): Promise<void>;
  /** Starts loading the card's UI, so the card a reader is waiting for opens on time. */
  preload(): void;
  /** Moves the open card to follow its name (after a scroll), without rendering it again. */
  reposition(rects: DOMRect[]): Promise<void>;
  hide(): void;
  /** Whether an event path passes through the card. */
  isInPath(path: EventTarget[]): boolean;
  setTheme(theme: Theme): void;
  readonly visible: boolean;
  dispose(): void;
}

/**
 * The card's host element, shadow root and stylesheet, made when a card first opens: most
 * pages never open one, and making them (parsing the card's CSS included) held up the first
 * marks by a few ms.
 */
function buildHost(doc: Document, theme: Theme, css: string) {
  const host = doc.createElement('news-context-card');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  host.setAttribute('data-theme', theme);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const container = doc.createElement('div');
  shadow.append(container);
  return { host, container };
}

export function createCardHost(doc: Document): CardHost {
  let theme: Theme = 'auto';
  let built: ReturnType<typeof buildHost> | null = null;
  // Set by the first `show`, which waits for the card's UI (see `loadCardUi`); every use below comes after it.
  let ui: CardUi | null = null;
  const parts = () => (built ??= buildHost(doc, theme, ui!.css));
  /** Counts shows and hides: a show that waited for the UI gives way to any call made meanwhile. */
  let calls = 0;
  let visible = false;
  let usesPopover = false;
  let lastPointer: { x: number; y: number } | undefined;

  /** Places the rendered card beside the name's boxes (pure placement, then one style write). */
  const position = async (rects: DOMRect[]) => {
    const card = parts().container.firstElementChild as HTMLElement | null;
    if (!card) return;
    card.style.maxHeight = '';
    const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
    const { isSheetViewport, placeSheet, placeCard } = ui!;
    const sheet = isSheetViewport(viewport);
    card.classList.toggle('sheet', sheet);
    const size = card.getBoundingClientRect();
    const { x, y, maxHeight } = sheet
      ? placeSheet(size, viewport)
      : await placeCard({
          rects: rects.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
          pointer: lastPointer,
          card: { width: size.width, height: size.height },
          viewport,
        });
    card.style.maxHeight = `${maxHeight}px`;
    place(x, y, false);
  };

  const place = (x: number, y: number, hidden: boolean) => {
    parts().host.setAttribute('style', [...HOST_STYLE, `translate: ${x}px ${y}px !important`, `display: ${hidden ? 'none' : 'block'} !important`, `visibility: visible !important`].join('; '));
  };

  const attach = () => {
    const { host } = parts();
    if (!host.isConnected) doc.documentElement.append(host);
    if ('showPopover' in host && !usesPopover) {
      try {
        host.setAttribute('popover', 'manual');
        host.showPopover();
        usesPopover = true;
      } catch {
        usesPopover = false;
      }
    }
  };

  return {
    get visible() {
      return visible;
    },
    preload() {
      loadCardUi().catch(() => undefined);
    },
    async show(props, rects, pointer, focus) {
      const call = ++calls;
      if (!ui) {
        const loaded = await loadCardUi();
        if (call !== calls) return;
        ui = loaded;
      }
      place(-10000, -10000, false);
      attach();
      const { container } = parts();
      ui.render(props, container);
      lastPointer = pointer;
      await position(rects);
      visible = true;
      const card = container.firstElementChild as HTMLElement;
      if (focus) {
        card.tabIndex = -1;
        card.focus({ preventScroll: true });
      }
    },
    async reposition(rects) {
      if (visible && rects.length > 0) await position(rects);
    },
    hide() {
      calls++;
      if (!visible) return;
      visible = false;
      ui!.render(null, parts().container);
      place(0, 0, true);
    },
    isInPath: (path) => built !== null && path.includes(built.host),
    setTheme(next) {
      theme = next;
      built?.host.setAttribute('data-theme', next);
    },
    dispose() {
      calls++;
      if (!built) return;
      ui!.render(null, built.container);
      built.host.remove();
    },
  };
}
