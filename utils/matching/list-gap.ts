/**
 * What stands between two names of one list: a comma, or a conjunction in English or in the
 * languages pages keep their marks in ("Alphabet, Amazon, Meta and Oracle"; "Marseille, Nice et
 * Lyon"). Only lower-case conjunctions: "And" opens a sentence or a title, and says nothing of a list.
 * An item may carry a short aside in brackets ("Arsenal (8 wins), Bayern Munich (7 wins)",
 * "Alphabet (GOOGL) and Amazon"), with no full stop or bracket inside it.
 */
const LIST_GAP = /^(?:[ \u00a0]?\([^().;]{1,16}\))?(?:,[ \u00a0]?|,?[ \u00a0](?:and|or|&|et|ou|y|o|und|oder)[ \u00a0])$/;

/** Whether `gap`, the text between two names, joins them as items of one list. */
export const isListGap = (gap: string): boolean => gap.length <= 26 && LIST_GAP.test(gap);
