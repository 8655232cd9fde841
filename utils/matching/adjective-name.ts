/**
 * A paper named "The" and an adjective ("The Australian", "The Independent", "The National")
 * is the adjective again where a noun follows it: "The Australian man who shot dead 51 people",
 * "The Independent commission said". As the paper, its name goes on with what a paper does or
 * has ("The Australian reported", "The Independent's editor", "The National newspaper").
 */

/** What follows a paper's name: a possessive, or a word a paper's name goes on with. */
const PAPER_GOES_ON =
  /^(?:['’]s\b|[ \u00a0]+(?:said|says|reported|reports|revealed|reveals|understands|has|had|is|was|published|publishes|quoted|quotes|obtained|learned|learnt|noted|added|contacted|asked|found|spoke|approached|newspaper|daily|magazine|columnist|editor|editorial|journalists?|reporters?|website|poll|survey|investigation|report|also|first|last|on|in|that|which|who|and|or|of|to|for|with|by|at|from|as|but|when|earlier|previously|this|today|yesterday)\b)/;
/** A lower-case word right after the name. */
const LOWER_WORD_AFTER = /^[ \u00a0]+[a-z]/;

/** The second word of such a name: an adjective's ending ("Australian", "National", "Independent", "Atlantic"), not a noun's ("Hague", "Times"). */
const ADJECTIVE = /(?:an|ish|ese|ic|al|ent)$/;

/** Whether the alias is "the" and an adjective (folded words: "the australian"). */
export const isArticleAndAdjective = (words: readonly string[]) => words.length === 2 && words[0] === 'the' && ADJECTIVE.test(words[1]);

/** Whether a paper's two-word name ending at `end` of `text` reads as an article and an adjective before a noun. */
export function readsAsAdjective(text: string, end: number): boolean {
  const after = text.slice(end, end + 24);
  return LOWER_WORD_AFTER.test(after) && !PAPER_GOES_ON.test(after);
}
