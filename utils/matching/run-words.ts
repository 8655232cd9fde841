import { CUE_GROUPS } from './cues';
import type { Neighbour } from './neighbours';
import { LOWER, UPPER } from './letter-classes';

/**
 * What makes a run of capitalised words in prose, which the context rules read as one longer
 * name ("Paris Hilton", "The Washington Times"): the words that join it and those that never do.
 */

/**
 * Days follow names in datelined prose ("Putin Tuesday"), and months come before them ("a
 * January YouGov poll"); the months that are names too are left out ("Georgia May Jagger",
 * "April", "June", "August", "March", "July"). A month written short follows a dateline's place
 * ("Lisbon Dec 19, 2025 —"); "Jan" and "Mar" are given names, "May" a name too.
 */
const DATE_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'september', 'october', 'november', 'december', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
/**
 * Parts of titles that are not cue words themselves ("Prime Minister", "Foreign Secretary", "Vice
 * President"), members ("Labour MPs", "Likud MK Tally Gotliv": a Knesset member), and titles no cue needs ("Paris Prefect Laurent Nuñez",
 * "Nvidia CEO Jensen Huang", "CIA Director John Ratcliffe", "EPA Administrator Lee Zeldin").
 */
const TITLE_PARTS = ['mp', 'mps', 'mep', 'meps', 'mk', 'mks', 'prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'deputy', 'vice', 'first', 'chief', 'acting', 'former', 'special', 'high', 'supreme', 'secretary-general', 'state', 'attorney', 'press', 'crown', 'grand', 'duke', 'lieutenant', 'ex', 'president-elect', 'prefect', 'ceo', 'cfo', 'coo', 'director', 'administrator', 'boss', 'founder', 'co-founder'];
/**
 * U.S. party labels, which news puts between a state and its politician ("Texas Republican Ted
 * Cruz", "the Georgia Republican firebrand", "Ohio Democrats"): the state's name, not a longer one.
 */
const PARTY_LABELS = ['republican', 'republicans', 'democrat', 'democrats'];
/** A company's legal form after its name, as Reuters writes it ("Nvidia Corp", "Microsoft Corp.", "Shell Plc"): the company. */
const LEGAL_FORMS = ['corp', 'inc', 'co', 'ltd', 'plc', 'llc', 'gmbh'];
/**
 * Capitalised words that never make a longer proper name with the match next to them: titles
 * ("US President Trump", "Kyiv Mayor Klitschko"), dates ("Putin Tuesday"), party labels and legal forms.
 */
const NOT_A_RUN = new Set([...CUE_GROUPS.flatMap((g) => g.cues), ...TITLE_PARTS, ...DATE_WORDS, ...PARTY_LABELS, ...LEGAL_FORMS]);

/** A month's name, which comes before a name in a date ("On 8 March Baden-Württemberg held"). */
export const isMonth = (text: string) => /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(text);

export const isSpaceGap = (gap: string) => gap === ' ' || gap === '\u00a0';
export const startsUpper = (text: string) => text.length > 0 && text[0] !== text[0].toLowerCase();
export const isAllCapsWord = (text: string) => text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
/** A sentence's first capital joins no run, but a word in capitals does ("SHARM EL-SHEIKH"). */
export const capitalOnlyOpensSentence = (word: Neighbour) => (word.atBlockStart || word.afterSentenceEnd) && !isAllCapsWord(word.text);
/**
 * Whether `lead`, the words a longer name adds before a mark inside it, is capitalised words
 * each followed by a space and none a title: "Constitutional " before "Democratic Party".
 */
export const isCapitalisedLead = (lead: string) =>
  lead.length > 1 && isSpaceGap(lead[lead.length - 1]) && lead.slice(0, -1).split(/[ \u00a0]/).every((w) => startsUpper(w) && !NOT_A_RUN.has(w.toLowerCase()));
/** A brand written with a lower-case first letter and a capital after it ("iPhone", "eBay", "macOS"). */
const CAMEL_BRAND = new RegExp(String.raw`^[${LOWER}]{1,5}[${UPPER}]`);

/** A capitalised word (or a brand like "iPhone": "iPhone X" is no social network) a space before or after a match, and no title or day. */
export const joinsRun = (n: Neighbour | null) => n !== null && isSpaceGap(n.gap) && (startsUpper(n.text) || CAMEL_BRAND.test(n.text)) && !NOT_A_RUN.has(n.text.toLowerCase());
