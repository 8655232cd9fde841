import { mayHaveNames } from '@/utils/matching/language';

/** Characters of the article's text sampled for its script: enough to see past a few foreign names. */
const SAMPLE_CHARS = 2000;

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
