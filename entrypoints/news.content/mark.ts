import { ENTITY_TYPES, type EntityType } from '@/utils/knowledge/types';
import type { MarkStyle } from '@/utils/settings';

/** Distinctive names: the highlight registry is shared with the page's own scripts. */
export const HIGHLIGHT_NAMES: Record<EntityType, string> = {
  person: 'news-context-person',
  organization: 'news-context-organization',
  place: 'news-context-place',
  event: 'news-context-event',
};
/** The mention whose card is open, or which the reader chose from "On this page". */
export const ACTIVE_HIGHLIGHT = 'news-context-active';

/** The `::highlight()` rules for a marking style; they must live in the document, not the card's shadow root. */
export function highlightCss(style: MarkStyle): string {
  const all = ENTITY_TYPES.map((type) => `::highlight(${HIGHLIGHT_NAMES[type]})`).join(', ');
  const base =
    style === 'underline'
      ? `${all} { text-decoration: underline dotted currentColor 1.5px; }`
      : style === 'tint'
        ? `${all} { background-color: rgba(250, 204, 21, 0.28); }`
        : '';
  return `${base}
::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.45); text-decoration: underline solid currentColor 2px; }
@media (forced-colors: active) {
  ${style === 'hover' ? '' : `${all} { text-decoration: underline dotted LinkText 2px; background-color: transparent; }`}
  ::highlight(${ACTIVE_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; }
}`;
}

export const isHighlightSupported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/**
 * Owns the extension's highlights: one per entity type (so a category switch is one call)
 * and one for the active mention. Re-registers them if the page clears or replaces them.
 */
export class Marks {
  private readonly byType = new Map<EntityType, Highlight>();
  private readonly active: Highlight | null;
  private sheet: CSSStyleSheet | null = null;
  private styleElement: HTMLStyleElement | null = null;
  private appliedStyle: MarkStyle | null = null;

  constructor(private readonly doc: Document) {
    if (!isHighlightSupported()) {
      this.active = null;
      return;
    }
    for (const type of ENTITY_TYPES) this.byType.set(type, new Highlight());
    this.active = new Highlight();
    this.active.priority = 1;
  }

  get supported(): boolean {
    return this.active !== null;
  }

  add(type: EntityType, range: AbstractRange): void {
    this.byType.get(type)?.add(range);
  }

  delete(type: EntityType, range: AbstractRange): void {
    this.byType.get(type)?.delete(range);
  }

  clear(): void {
    for (const highlight of this.byType.values()) highlight.clear();
    this.active?.clear();
  }

  setActive(range: AbstractRange | null): void {
    this.active?.clear();
    if (range) this.active?.add(range);
  }

  /** Puts our highlights (back) in the registry and our rules in the document. */
  ensureRegistered(style: MarkStyle): void {
    if (!this.active) return;
    for (const [type, highlight] of this.byType) {
      if (CSS.highlights.get(HIGHLIGHT_NAMES[type]) !== highlight) CSS.highlights.set(HIGHLIGHT_NAMES[type], highlight);
    }
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) !== this.active) CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
    this.applyStyle(style, false);
  }

  /** Installs the rules as a constructed sheet (immune to the page's CSP), or a style element where that fails. */
  applyStyle(style: MarkStyle, replace = true): void {
    // The watchdog calls this often: when nothing changed and our rules are in place, stop here.
    const installed = this.sheet ? this.doc.adoptedStyleSheets.includes(this.sheet) : this.styleElement?.isConnected === true;
    if (!replace && installed && this.appliedStyle === style) return;
    const restyle = replace || this.appliedStyle !== style;
    this.appliedStyle = style;
    const css = highlightCss(style);
    try {
      if (!this.sheet) this.sheet = new CSSStyleSheet();
      if (restyle || this.sheet.cssRules.length === 0) this.sheet.replaceSync(css);
      const sheets = this.doc.adoptedStyleSheets;
      if (!sheets.includes(this.sheet)) this.doc.adoptedStyleSheets = [...sheets, this.sheet];
      return;
    } catch {
      // Some engines refuse sheets from a content script's world: fall back to an element.
    }
    if (!this.styleElement || !this.styleElement.isConnected) {
      this.styleElement = this.doc.createElement('style');
      (this.doc.head ?? this.doc.documentElement).append(this.styleElement);
    }
    if (this.styleElement.textContent !== css) this.styleElement.textContent = css;
  }

  dispose(): void {
    if (!this.active) return;
    for (const [type, highlight] of this.byType) {
      if (CSS.highlights.get(HIGHLIGHT_NAMES[type]) === highlight) CSS.highlights.delete(HIGHLIGHT_NAMES[type]);
    }
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) === this.active) CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.styleElement?.remove();
  }
}
