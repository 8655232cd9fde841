import type { AliasIndex } from './alias-index';
import type { MatchSpan } from './context-rules';
import { wordAfter, wordBefore, type Neighbour } from './neighbours';
import { joinsRun, startsUpper } from './run-words';
import { inFilter } from './remote-filter';
import { hashOf } from './tokenize';

export const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** A capitalised word a hyphen joins to a name on one side ("Kasai-Oriental"). */
const joined = (n: Neighbour | null) => n !== null && HYPHENS.has(n.gap) && startsUpper(n.text);

/**
 * Whether a hyphen joins the match to a capitalised word after it: for a weak word, a longer
 * name (see `inHyphenatedName`); for a name that opens with "the", the start of a longer one
 * too ("the Times" in "the Times-Picayune", "the Post" in "the Post-Gazette", the double names
 * of American papers), which the knowledge may lack.
 */
export const joinedOn = (parts: readonly string[], count: number, span: MatchSpan): boolean => joined(wordAfter(parts, count, span.endPart, span.endOffset));

/**
 * Whether a hyphen joins the match to a capitalised word ("Kasai-Oriental", "Indo-Pacific"):
 * one name, which a weak word inside does not stand for. Two names so joined ("Russia-China
 * talks") stay two where they are strong, which the caller asks only of weak ones. The Arabic
 * article before a family name is no other name: "Al-Maliki said" is Maliki.
 */
export function inHyphenatedName(parts: readonly string[], count: number, span: MatchSpan): boolean {
  const before = wordBefore(parts, span.startPart, span.startOffset);
  if (joinedOn(parts, count, span)) return true;
  if (!joined(before) || !ARABIC_ARTICLE.test(before!.text)) return joined(before);
  // After a name, the article opens a family's name: "Sheikh Fahad Yusuf Saud Al-Sabah" is no Sabah (Malaysia's state).
  const article = span.startOffset - before!.gap.length - before!.text.length;
  return article >= 0 && joinsRun(wordBefore(parts, span.startPart, article));
}

const ARABIC_ARTICLE = /^[AaEe]l$/;

/**
 * Prefixes that a hyphen joins to a name without making a longer one, in lower case: a
 * headline's or a sentence's "Anti-Trump", "Pro-Kremlin", "Post-Brexit", "Ex-Tory", "Non-EU"
 * ("ANTI-TRUMP" in capitals too); the combining forms of names side by side ("Sino-US",
 * "Indo-US", "Franco-German"); and the Arabic article ("Al-Maliki" is Maliki; see `inHyphenatedName`).
 */
const PREFIXES = new Set([
  'anti', 'pro', 'ex', 'non', 'post', 'pre', 'mid', 'neo', 'ultra', 'semi', 'pan', 'trans', 'intra', 'extra', 'inter',
  'sino', 'indo', 'afro', 'anglo', 'franco', 'russo', 'euro', 'italo', 'greco', 'turco', 'austro', 'judeo',
  'al', 'el',
]);

/**
 * Whether a match is the end of a longer hyphenated name that the knowledge lacks: "Sarkozy" in
 * "Carla Bruni-Sarkozy", "Saint-Denis" in "Seine-Saint-Denis", "Albania" in the "e-Albania"
 * portal. The word joined before it is capitalised, or one letter, and starts no known name;
 * where it does, the two are names side by side ("the Russia-Ukraine war", "US-China talks"),
 * each marked. A word that may start one of the background's names counts as known (its filter):
 * on the page's first scan they are not yet in `index`, and a later scan adds only new entities'
 * marks, so "Tigray-Eritrea" must not lose Eritrea then.
 */
export function joinedToUnknownName(index: AliasIndex, parts: readonly string[], startPart: number, startOffset: number): boolean {
  // Most matches have no hyphen right before them: the word before is read only where one is.
  const previous = startOffset > 0 ? parts[startPart][startOffset - 1] : startPart > 0 ? parts[startPart - 1].at(-1) : undefined;
  if (previous === undefined || !HYPHENS.has(previous)) return false;
  const before = wordBefore(parts, startPart, startOffset);
  if (before === null || !HYPHENS.has(before.gap) || !(startsUpper(before.text) || before.text.length === 1) || PREFIXES.has(before.text.toLowerCase())) return false;
  const hash = hashOf(before.text);
  return index.byFirstWord.get(hash) === undefined && !(index.remoteBits != null && inFilter(index.remoteBits, hash));
}
