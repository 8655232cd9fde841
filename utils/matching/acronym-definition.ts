import { foldString } from './chars';
import { LETTER } from './letter-classes';

/** How far back a defining name is read: longer than any agency's name, short enough to stay cheap. */
const MAX_NAME_CHARS = 120;

/** Small words a name's initials may skip or keep ("Bank of England": BE or BoE). */
const MINOR_WORD = /^(of|and|for|the|on|in|to|de|du|des|la|le|del|der|und|af|och|og)$/;

interface NameWord {
  /** What the word gives the initials: its capitalised parts' first letters ("al-Sham": S). */
  initials: string;
  /** A small word, whose letter the initials may skip. */
  minor: boolean;
  word: string;
}

/** The words before a "(", nearest last, back to the first word in lower case that is not a small one. */
function nameWords(before: string): NameWord[] {
  const words = before.split(/[\s\u00a0]+/).filter((w) => w !== '');
  const out: NameWord[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (MINOR_WORD.test(word)) {
      out.unshift({ initials: word[0].toUpperCase(), minor: true, word });
      continue;
    }
    const initials = capitalInitials(word);
    if (initials === '') break;
    out.unshift({ initials, minor: false, word });
  }
  return out;
}

/** Where the words ending at `end` start if their initials spell `letters` (small words may give theirs or not), or -1. */
function spelledFrom(words: readonly NameWord[], end: number, letters: string): number {
  if (letters === '') return end + 1;
  if (end < 0) return -1;
  const { initials, minor } = words[end];
  if (letters.endsWith(initials)) {
    const from = spelledFrom(words, end - 1, letters.slice(0, letters.length - initials.length));
    if (from >= 0) return from;
  }
  return minor ? spelledFrom(words, end - 1, letters) : -1;
}

/**
 * The first letters of a name's capitalised words and hyphenated parts, a qualifier in
 * parentheses left out: "Organization for Security and Co-operation in Europe" → OSCE,
 * "Électricité de France" → ÉF, "Democratic Party (Italy)" → DP.
 */
export function capitalInitials(name: string): string {
  return capitalParts(name).map((part) => part[0].toUpperCase()).join('');
}

/** A name's capitalised words and hyphenated parts, a qualifier in parentheses left out ("al-Sham": Sham). */
function capitalParts(name: string): string[] {
  return name
    .replace(/\s*\(.*$/, '')
    .split(/[\s\u00a0\-‐‑]+/)
    .filter((part) => part !== '' && part[0] !== part[0].toLowerCase());
}

/**
 * When an acronym at `start` of `text` is being defined by the name just before it, in
 * parentheses ("the Estonian Defence Forces (EDF)"), that name's capital initials ("EDF");
 * otherwise null. Wire copy spells out a body's name and then its initials, which then mean
 * that body, whatever else they stand for elsewhere (EDF, the French power company).
 */
export function definingInitials(text: string, start: number, acronym: string): string | null {
  return definingName(text, start, acronym)?.initials ?? null;
}

/**
 * `definingInitials` with the start of the name's first capitalised word, as `definitionKey`
 * writes it: "Case Fatality Rate (CFR)" is CFR "cas", not the Council on Foreign Relations' "cou".
 */
export function definingKey(text: string, start: number, acronym: string): string | null {
  const name = definingName(text, start, acronym);
  return name && keyOf(name);
}

/** A defining name as `definitionKey` writes an entity's: its initials and its stem. */
const keyOf = (name: { initials: string; stem: string }) => `${name.initials} ${name.stem}`;

/**
 * `definingKey` for initials followed by their name in parentheses, as councils and reports
 * write them: "the PAS (Planning Advisory Service) review" defines PAS as that service, not
 * Moldova's party. The whole parenthesis must spell the initials. `end` is where they end.
 */
export function definedAfterKey(text: string, end: number, acronym: string): string | null {
  let at = end;
  while (text[at] === ' ' || text[at] === '\u00a0') at++;
  if (text[at] !== '(' || at - end > 1) return null;
  const close = text.indexOf(')', at + 1);
  if (close < 0 || close - at > MAX_NAME_CHARS) return null;
  const inside = text.slice(at + 1, close).trim();
  const words = nameWords(inside);
  // Every word inside is the name's ("(Planning Advisory Service)", not "(the council's review)").
  if (words.length === 0 || words.length !== inside.split(/[\s\u00a0]+/).length || words[0].minor) return null;
  if (spelledFrom(words, words.length - 1, lettersOf(acronym)) !== 0) return null;
  return keyOf(nameOf(words));
}

/**
 * An entity's name as a page's definition of its initials is compared with it: the capital
 * initials and the first three letters of the first two capitalised words. Initials alone let any
 * name that spells them claim the acronym, and so did the first word's letters ("Federal
 * Constitutional Court (FCC)" took the Federal Communications Commission's), and so did the
 * first two ("National Security Act (NSA)" took the agency's), so a longer name's last word
 * counts too; three letters still let the name be spelled another way ("Organisation" for
 * "Organization", "Defence" for "Defense").
 */
export function definitionKey(name: string): string {
  const parts = capitalParts(name);
  return `${capitalInitials(name)} ${stemOf(parts)}`;
}

/**
 * The first three letters, folded, of a name's first two capitalised words, and of its last
 * where it has more: "National Security Act (NSA)" is not the National Security Agency.
 */
function stemOf(parts: readonly string[]): string {
  const three = (part: string) => foldString(part).slice(0, 3);
  const stem = parts.slice(0, 2).map(three).join(' ');
  return parts.length > 2 ? `${stem} ${three(parts[parts.length - 1])}` : stem;
}

/** An acronym's letters, as a name's initials must spell them ("U.S." is US). */
const NOT_LETTER = new RegExp(String.raw`[^${LETTER}]`, 'g');
const lettersOf = (acronym: string) => acronym.replace(NOT_LETTER, '').toUpperCase();

/** The initials and stem of a name's words, its small words left out. */
function nameOf(words: readonly NameWord[]): { initials: string; stem: string } {
  const named = words.filter((w) => !w.minor);
  const parts = capitalParts(named.map((w) => w.word).join(' '));
  return { initials: named.map((w) => w.initials).join(''), stem: stemOf(parts) };
}

function definingName(text: string, start: number, acronym: string): { initials: string; stem: string } | null {
  let at = start - 1;
  if (text[at] !== '(') return null;
  while (at > 0 && text[at - 1] === ' ') at--;
  const before = text.slice(Math.max(0, at - MAX_NAME_CHARS), at);
  const words = nameWords(before);
  const letters = lettersOf(acronym);
  // The name ends with the word right before the parenthesis, which is never a small word.
  if (words.length === 0 || words[words.length - 1].minor) return thingSpelled(before, letters);
  const from = spelledFrom(words, words.length - 1, letters);
  return from >= 0 ? nameOf(words.slice(from)) : translatedName(words, letters);
}

/**
 * A name whose initials are the acronym's letters in another order: a body's English name
 * before its own language's initials ("the Independent Democratic Union (UDI)", Chile's Unión
 * Demócrata Independiente; "National Rally (RN)"). It defines the initials as well; whose they
 * are, its own initials and stem say (see `definitionKey`): not France's UDI, but the RN.
 */
function translatedName(words: readonly NameWord[], letters: string): { initials: string; stem: string } | null {
  const named = words.filter((w) => !w.minor && w.initials.length === 1).slice(-letters.length);
  if (letters.length < 2 || named.length !== letters.length) return null;
  const sorted = (text: string) => [...text].sort().join('');
  return sorted(named.map((w) => w.initials).join('')) === sorted(letters) ? nameOf(named) : null;
}

/**
 * A thing in lower case whose words' first letters spell the initials ("an internal combustion
 * engine (ICE)", "the gross domestic product (GDP)"): the initials are defined as that thing,
 * which no body's name is, so they name no body here (not U.S. Immigration and Customs Enforcement).
 */
function thingSpelled(before: string, letters: string): { initials: string; stem: string } | null {
  const words = before.split(/[\s\u00a0\-‐‑]+/).filter((w) => w !== '').slice(-letters.length);
  if (letters.length < 2 || words.length !== letters.length || !words.every((w) => w[0] !== w[0].toUpperCase())) return null;
  return words.map((w) => w[0].toUpperCase()).join('') === letters ? { initials: letters, stem: `${foldString(words[0]).slice(0, 3)} ` } : null;
}
