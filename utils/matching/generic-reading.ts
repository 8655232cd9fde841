import { DIGIT, LETTER } from './letter-classes';

/**
 * A people's adjective and a common noun in lower case ("Palestinian state", "Kurdish region")
 * name one thing after "the" and any of a kind after "a": "efforts to block the creation of a
 * Palestinian state" is no card for the State of Palestine. A place's name and its kind are
 * still the place ("a Washington state resident").
 */
const PEOPLES_ADJECTIVE = /(?:an|ese|ish|ic|i)$/;

/** Whether an alias's folded words are a people's adjective and, last, a word in lower case (`lowerLast`). */
export const isAdjectiveAndKind = (words: readonly string[], lowerLast: boolean) => lowerLast && words.length > 1 && PEOPLES_ADJECTIVE.test(words[0]);

/** "a" or "an" as a word of its own and a space, at the end of the text read back. */
const INDEFINITE_BEFORE = new RegExp(String.raw`(?:^|[^${LETTER}${DIGIT}])an?[ \u00a0]$`);

/** Whether "a" or "an" in lower case stands right before `start` in `text`. */
export const afterIndefiniteArticle = (text: string, start: number) => start >= 2 && INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 4), start));
