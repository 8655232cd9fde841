import type { AliasIndex } from './alias-index';
import { foldsTo } from './chars';
import { createWord, HAS_LOWER, nextWord } from './tokenize';
import { UPPER } from './letter-classes';

const initials = createWord();
const SEVERAL = -2;

/**
 * The entity a weak name stands for when the page gives its initials right after it, in
 * parentheses: "the Social Democratic Party (PSD)", "the National Liberal Party (PNL)". Many
 * countries have a Social Democratic Party, but only one of the candidates (`entity` and
 * `alternatives`) goes by the initials that follow, and wire copy writes a party's full name
 * just before its initials. Returns that candidate, -2 when they name several of the
 * candidates, or -1 when no initials follow or they name none.
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
    if (found >= 0) return SEVERAL;
    found = candidate;
  }
  return found;
}

/** Capitals in parentheses, right after a name: "(S&D)", "(PSD)", "(EPP)". */
const INITIALS_AFTER = new RegExp(String.raw`^ ?\(([${UPPER}\d&+./-]{2,10})\)`);
/** News agencies, whose initials follow a dateline's place: "WASHINGTON (AP) —", "Kyiv (AFP) –". */
const AGENCIES = new Set(['AP', 'AFP', 'UPI', 'PA', 'DPA', 'EFE', 'ANSA', 'TASS', 'ANI', 'PTI', 'IANS', 'AA', 'BTA', 'CTK', 'PAP', 'MTI', 'UNN']);

/**
 * Whether initials follow `end` in parentheses. A weak shared name followed by initials that
 * name none of its candidates (see `namedWithInitials`) is another body's name: "Socialists
 * (S&D)" in a story about the European Parliament is its group, not a country's party.
 */
export function initialsFollow(text: string, end: number): boolean {
  const initials = INITIALS_AFTER.exec(text.slice(end, end + 14))?.[1];
  return initials !== undefined && !AGENCIES.has(initials);
}
