import type { AliasIndex } from './alias-index';
import { foldsTo } from './chars';
import { createWord, HAS_LOWER, nextWord } from './tokenize';

const initials = createWord();

/**
 * The entity a weak name stands for when the page gives its initials right after it, in
 * parentheses: "the Social Democratic Party (PSD)", "the National Liberal Party (PNL)". Many
 * countries have a Social Democratic Party, but only one of the candidates (`entity` and
 * `alternatives`) goes by the initials that follow, and wire copy writes a party's full name
 * just before its initials. Returns that candidate, or -1 when no initials follow or they
 * name none or several of the candidates.
 */
export function namedWithInitials(text: string, end: number, entity: number, alternatives: readonly number[], index: AliasIndex): number {
  let at = end;
  if (text.charCodeAt(at) === 32) at++;
  if (text[at] !== '(') return -1;
  if (!nextWord(text, at + 1, initials) || initials.start !== at + 1 || text[initials.end] !== ')') return -1;
  // Initials are capitals: "(in Romanian)" is no definition.
  if ((initials.caps & HAS_LOWER) !== 0 || initials.end - initials.start < 2) return -1;
  const bucket = index.byFirstWord.get(initials.hash);
  if (!bucket) return -1;
  let found = -1;
  for (const entry of bucket) {
    if (entry.words.length !== 1 || !foldsTo(text, initials.start, initials.end, entry.words[0])) continue;
    const candidate = entry.entity === entity || alternatives.includes(entry.entity) ? entry.entity : -1;
    if (candidate < 0 || candidate === found) continue;
    if (found >= 0) return -1;
    found = candidate;
  }
  return found;
}
