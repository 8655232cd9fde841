import { mayHaveNames } from '@/utils/matching/language';

/** Characters of the article's text sampled for its script: enough to see past a few foreign names. */
const SAMPLE_CHARS = 2000;

/**
 * Elements that hold a page's running text. A page with none of them (a search page, an app, a
 * login form) has no article to read, and its session never starts.
 */
const TEXT_SHAPES = 'article, main, [role="main"], [itemprop="articleBody"], p';

/** The first `SAMPLE_CHARS` of `root`'s text, read node by node (`textContent` would copy all of it). */
function sampleText(root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let sample = '';
  while (sample.length < SAMPLE_CHARS && walker.nextNode()) sample += (walker.currentNode as Text).data;
  return sample.slice(0, SAMPLE_CHARS);
}

/** Whether the article is worth scanning: written in Latin script, by its declared language and its text. */
export function articleMayHaveNames(doc: Document, root: Node): boolean {
  return mayHaveNames(doc.documentElement.lang, sampleText(root));
}

/**
 * Whether the page may hold something to mark, judged before the session builds anything: it
 * has an element of running text, and that text is in Latin script. One selector query and a
 * 2,000-character sample; the session decides the rest (where the article is, what is in it).
 */
export function pageMayHaveNames(doc: Document): boolean {
  const text = doc.body ? doc.body.querySelector(TEXT_SHAPES) : null;
  if (!text) return false;
  return articleMayHaveNames(doc, text.localName === 'p' ? (text.parentElement ?? text) : text);
}
