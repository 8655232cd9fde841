/**
 * Which elements the scanner never reads: code and form fields (the reader's own words),
 * editable areas, hidden content, advertisements and the extension's own card.
 */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP',
  'SVG', 'svg', 'MATH', 'math', 'TEMPLATE', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

/** Class names and ids that advertising slots use; matched as whole words. */
const AD_NAME = /(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|sponsored|promo-ad|dfp|adslot)(?:$|[\s_-])/i;

/** Marks the extension's own UI so it is never scanned or observed. */
export const OWN_UI_ATTRIBUTE = 'data-news-context-ui';

/** True when nothing inside `el` may be scanned. Attribute checks only: no style recalculation. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  // Most elements of an article have no attributes at all; one native call spares them the six lookups below.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const label = el.getAttribute('aria-label');
  if (label !== null && /^advertisement$/i.test(label)) return true;
  const className = el.getAttribute('class');
  if (className && AD_NAME.test(className)) return true;
  return el.id !== '' && AD_NAME.test(el.id);
}

/** True when `node` sits inside a skipped element below `root` (used for nodes added later). */
export function isInsideSkipped(node: Node, root: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
    if (el === root) return false;
  }
  return false;
}
