import { ENTITY_TYPES, type EntityType } from '@/utils/knowledge/types';
import type { MarkStyle } from '@/utils/settings';

/**
 * A mark's highlight name, from its entity type and the reader's marking style (distinctive
 * names: the highlight registry is shared with the page's own scripts). The rules for every
 * style are always in the document: a new style moves our highlights to other names, where
 * changing a stylesheet would restyle the whole page.
 */
export const highlightName = (type: EntityType, style: MarkStyle): string => (style === 'underline' ? `news-context-${type}` : `news-context-${type}-${style}`);

/** The mention whose card is open, or which the reader chose from "On this page". */
export const ACTIVE_HIGHLIGHT = 'news-context-active';

const selectors = (style: MarkStyle) => ENTITY_TYPES.map((type) => `::highlight(${highlightName(type, style)})`).join(', ');

/** The `::highlight()` rules; they must live in the document, not the card's shadow root. "Hover" marks have none: they show only as the active mention. */
export const MARK_CSS = `${selectors('underline')} { text-decoration: underline dotted currentColor 1.5px; }
${selectors('tint')} { background-color: rgba(250, 204, 21, 0.28); }
::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.45); text-decoration: underline solid currentColor 2px; }
@media (forced-colors: active) {
  ${selectors('underline')}, ${selectors('tint')} { text-decoration: underline dotted LinkText 2px; background-color: transparent; }
  ::highlight(${ACTIVE_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; }
}`;

const SHARED_SHEET = Symbol.for('news-context.mark-sheet');

type WithSheet = typeof globalThis & { [SHARED_SHEET]?: CSSStyleSheet };

/**
 * Puts the marks' rules in `doc` as a constructed sheet (no page CSP applies to it), one per
 * page, shared by both content scripts. The document_start script adds it while the
 * document is still empty: added once the page is built, rules that apply to every element
 * made the browser restyle all of it (170–450 ms for the 50k page here, inside the first
 * scan). False where the engine refuses a sheet from the content script's world.
 */
export function installMarkSheet(doc: Document): boolean {
  try {
    const shared = globalThis as WithSheet;
    let sheet = shared[SHARED_SHEET];
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(MARK_CSS);
      shared[SHARED_SHEET] = sheet;
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}

/** Takes the marks' rules out of `doc` again (the extension was switched off or updated). */
export function removeMarkSheet(doc: Document): void {
  const sheet = (globalThis as WithSheet)[SHARED_SHEET];
  if (sheet && doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}
