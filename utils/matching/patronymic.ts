import { LETTER, UPPER } from './letter-classes';

/**
 * Azerbaijani and Central Asian news writes a person with their father's name and a word for
 * "son of" or "daughter of" between the given name and the family name: "Samir Musa oglu
 * Rzayev", "Rahman Sahib oglu Mustafayev", "Sadyr Nurgojo uulu Japarov". The matcher reads the
 * two words over as it reads a middle name (see `middleNameAfter` in `match.ts`), and a known
 * family name after another given name and a patronymic is that other person's.
 */
const PATRONYMIC_WORDS = new Set(['oglu', 'oğlu', 'ogly', 'oghlu', 'qizi', 'qızı', 'gizi', 'kyzy', 'kizi', 'uulu', 'uly', 'ugli']);

/** Whether a word says "son of" or "daughter of" after a father's name ("oglu", "qizi", "uulu"). */
export const isPatronymicWord = (word: string): boolean => PATRONYMIC_WORDS.has(word);

/** A capitalised given name, a capitalised father's name and a patronymic word right before a name. */
const PATRONYMIC_BEFORE = new RegExp(String.raw`(?<![${LETTER}])([${UPPER}][${LETTER}'’-]*)[ \u00a0][${UPPER}][${LETTER}'’-]*[ \u00a0]([${LETTER}]+)[ \u00a0]$`, 'u');

/**
 * The given name before a father's name and a patronymic word right before `start` ("Rahman"
 * in "Rahman Sahib oglu Mustafayev"), or null: the family name after them is that person's,
 * who may not be the one the knowledge has under it (where the knowledge has the whole name,
 * the matcher read the patronymic over and matched it first).
 */
export function givenNameBeforePatronymic(text: string, start: number): string | null {
  if (start < 8) return null;
  const found = PATRONYMIC_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
  return found !== null && isPatronymicWord(found[2]) ? found[1] : null;
}
