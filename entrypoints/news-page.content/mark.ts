import { ENTITY_TYPES, type EntityType } from '@/utils/knowledge/types';
import type { MarkStyle } from '@/utils/settings';
import { ACTIVE_HIGHLIGHT, highlightName, installMarkSheet, MARK_CSS, removeMarkSheet } from '../news.content/mark-sheet';

export const isHighlightSupported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/**
 * Owns the extension's highlights: one per entity type (so a category switch is one call)
 * and one for the active mention. Re-registers them if the page clears or replaces them.
 */
export class Marks {
  private readonly byType = new Map<EntityType, Highlight>();
  private readonly active: Highlight | null;
  /** The style our highlights are registered for (their names). */
  private style: MarkStyle = 'underline';
  private styleElement: HTMLStyleElement | null = null;

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

  /**
   * Puts our highlights (back) in the registry, under the names of `style`, and the rules in
   * the document. The watchdog calls this often: when all is in place it changes nothing.
   */
  ensureRegistered(style: MarkStyle): void {
    if (!this.active) return;
    if (style !== this.style) this.unregister();
    this.style = style;
    for (const [type, highlight] of this.byType) {
      const name = highlightName(type, style);
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) !== this.active) CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
    if (!installMarkSheet(this.doc)) this.installStyleElement();
  }

  /** Where a constructed sheet is refused: the same rules in a style element. */
  private installStyleElement(): void {
    if (this.styleElement?.isConnected) return;
    this.styleElement = this.doc.createElement('style');
    this.styleElement.textContent = MARK_CSS;
    (this.doc.head ?? this.doc.documentElement).append(this.styleElement);
  }

  /** Takes our type highlights out of the registry (under the current style's names). */
  private unregister(): void {
    for (const [type, highlight] of this.byType) {
      const name = highlightName(type, this.style);
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
  }

  dispose(): void {
    if (!this.active) return;
    this.unregister();
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) === this.active) CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.clear();
    removeMarkSheet(this.doc);
    this.styleElement?.remove();
  }
}
