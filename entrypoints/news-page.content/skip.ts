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

/**
 * Bylines and author boxes by their class, link relation or microdata, matched as whole words
 * like AD_NAME ("c-byline", "article__author", "byline-name").
 */
const BYLINE_NAME = /(?:^|[\s_-])(?:byline|bylines|author|authors)(?:$|[\s_-])/i;
const AUTHOR = /(?:^|\s)author(?:$|\s)/i;

/**
 * A byline is a small box; a theme that puts "author" on a wrapper of the whole story must not
 * hide the story, so a box with more than one paragraph or many children is read as usual. A
 * quotation's author ("pull-quote__author", `<cite>`) is the person quoted, not a writer.
 */
function isBylineBox(el: Element): boolean {
  const className = el.getAttribute('class');
  if (el.tagName === 'CITE' || (className !== null && /quot/i.test(className))) return false;
  const named = (className !== null && BYLINE_NAME.test(className)) || AUTHOR.test(el.getAttribute('rel') ?? '') || AUTHOR.test(el.getAttribute('itemprop') ?? '');
  return named && el.childElementCount <= 8 && el.getElementsByTagName('p').length <= 1;
}

/** How far up from a name a byline's box may be (div.byline > span > a > the name's text). */
const BYLINE_DEPTH = 4;

/**
 * True when `node` is written in a byline or author box. Such a box names the story's writers:
 * a reporter who shares a name with an MP or a senator is not that person, so no person is
 * marked there; the outlet or agency it names still is ("By Kyiv Post", "Associated Press").
 */
export function inBylineBox(node: Node): boolean {
  let el = node.parentElement;
  for (let depth = 0; el !== null && depth < BYLINE_DEPTH; depth++, el = el.parentElement) if (el.hasAttributes() && isBylineBox(el)) return true;
  return false;
}

/**
 * A reporter's title right after a name, as a byline written in the story's text gives it
 * ("David Lynch, PA Political Correspondent", "Jane Smith, Staff Writer"): the name is the
 * writer's, not a famous namesake's.
 */
const REPORTER_AFTER = /^,[ \u00a0]+(?:[A-Z][\w.&'’-]*[ \u00a0]+){0,4}(?:Correspondent|Reporter|Editor|Writer|Columnist)\b/;

/** True when a reporter's title follows the name ending at `end` of `node` (see `REPORTER_AFTER`). */
export function titledAsReporter(node: Text, end: number): boolean {
  return node.data.charCodeAt(end) === 44 && REPORTER_AFTER.test(node.data.slice(end, end + 80));
}

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
