import { DIGIT, LETTER, LOWER, UPPER } from './letter-classes';
/**
 * Whether the words around a one-word name say it is a person's given name, whatever the
 * knowledge holds under it: "her sister Florence", "Jordan, 19,", "Chad, a second-year
 * student". A country, a state or a city has no sister, no age and is no student, so a place
 * (or a body) matched there is a given name that shares its spelling, a soft trap. The page
 * glue asks only for entities that are not people: a known person after "his wife" is still
 * that person ("his wife Melania").
 */

/** Kin and close ties that put a given name right after them, as news writes of ordinary people. */
const KIN = new Set(
  [
    'sister brother son daughter wife husband mother father mom mum dad aunt uncle cousin niece nephew grandson granddaughter grandmother grandfather grandma grandpa stepson stepdaughter stepmother stepfather girlfriend boyfriend fiancé fiancée fiance fiancee twin baby toddler',
    // Plurals name the list of given names that follows ("her children, Harper, Chelsea and Brooklyn").
    'sisters brothers sons daughters children kids twins siblings grandchildren grandsons granddaughters',
    // French and Spanish pages keep their marks (see `language.ts`), and write "sa sœur Florence", "su hija Victoria".
    'sœur soeur frère frere fils fille épouse epouse mari mère mere père pere tante oncle cousine nièce niece neveu compagne compagnon enfants filles sœurs frères',
    'hermana hermano hijo hija esposa esposo marido madre padre tía tia tío tio prima primo sobrina sobrino novia novio hijos hijas hermanos hermanas',
  ]
    .join(' ')
    .split(' '),
);
/** The words that join a list of given names ("his sons, Jordan and Chad"; "et", "y" on French and Spanish pages). */
const LIST_JOINS = ['and', 'et', 'y'];

/**
 * The kin word, then a space (or a comma and a space), at the end of the text before the name,
 * or before a list of given names that leads to it ("his sons, Jordan and Chad").
 */
const KIN_BEFORE = new RegExp(String.raw`(?:^|[^${LETTER}${DIGIT}])([${LETTER}]+),?[ \u00a0](?:[${UPPER}][${LOWER}]+(?:,[ \u00a0]|,?[ \u00a0](?:${LIST_JOINS.join('|')})[ \u00a0]))*$`);

/** An age in apposition: ", 19," ", 19." ", 7;" or " (19)"; never a count that runs on ("In Chad, 12 soldiers"). */
const AGE_AFTER = new RegExp(String.raw`^(?:,[ \u00a0](?:[1-9]\d?|1[01]\d)(?:[,;)]|\.(?!\d)|$|[ \u00a0](?:ans|años)(?![${LETTER}${DIGIT}]))|[ \u00a0]\((?:[1-9]\d?|1[01]\d)\))`);

/**
 * What a person (or a pet) is, after ", a" or ", his": places are allies, states, kingdoms
 * and buyers, never these. Singular only: "Georgia, a state where voters…" names a place.
 */
const PERSON_NOUNS = new Set(
  [
    'student pupil graduate freshman sophomore resident teacher nurse doctor mother father worker volunteer organiser organizer retiree pensioner veteran employee driver farmer owner waitress waiter widow widower survivor friend neighbour neighbor classmate colleague spokesman spokeswoman spokesperson lawyer engineer actress singer rapper fan shopper customer teenager schoolgirl schoolboy girl boy man woman mum mom dad grandmother grandfather nanny carer caregiver cashier janitor firefighter paramedic plumber electrician mechanic chef baker barber dog puppy cat kitten retriever terrier spaniel poodle horse pony',
    // Not "ami" or "voisin": a country is its neighbour's "voisin", an ally's "ami".
    'étudiant étudiante lycéen lycéenne collégien collégienne enseignant enseignante infirmier infirmière médecin retraité retraitée ouvrier ouvrière agriculteur agricultrice habitant habitante employé employée chauffeur serveur serveuse avocat avocate ingénieur chanteur chanteuse adolescent adolescente',
    'estudiante profesor profesora enfermero enfermera médico médica jubilado jubilada obrero obrera agricultor agricultora vecino vecina empleado empleada conductor camarero camarera abogado abogada ingeniero ingeniera',
  ]
    .join(' ')
    .split(' '),
);
/** ", a", ", an" or ", his" (", un", ", una", ", son"…), then up to three words: the noun may follow an adjective or two ("a second-year student", "his owner"). */
const APPOSITION = new RegExp(String.raw`^,[ \u00a0](?:an?|his|her|their|une?|son|sa|leur|una?|su)[ \u00a0]((?:[${LETTER}-]+[ \u00a0]?){1,3})`);

/**
 * A royal's or a peer's title right before the name ("Princess Charlotte", "Queen Victoria",
 * "Lady Louise"), or a person's initial ("C. Hindley" in a council's minutes; not "U.S. Congress"):
 * a person's name, whatever place or body shares it.
 */
const ROYAL_TITLES = ['Prince', 'Princess', 'Queen', 'King', 'Lady', 'Lord', 'Duke', 'Duchess', 'Dame'];
const TITLE_OR_INITIAL_BEFORE = new RegExp(String.raw`(?:(?:^|[^${LETTER}${DIGIT}])(?:${ROYAL_TITLES.join('|')})|(?:^|[ \u00a0(])[${UPPER}]\.)[ \u00a0]$`);

/**
 * A royal's or a peer's style right before the name ("the Duke and Duchess of Cambridge", "the
 * Prince of Wales", "Baroness Smith of Basildon"): it names a person, not the place it is of.
 */
const STYLE_OF_BEFORE =
  new RegExp(String.raw`(?:^|[^${LETTER}${DIGIT}])(?:(?:Prince|Princess|Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Viscountess|Baron|Baroness)|(?:Baron|Baroness|Lord|Lady)[ \u00a0][${UPPER}][${LOWER}]+)[ \u00a0]of[ \u00a0]$`);

const LAST_WORD = new RegExp(String.raw`[${LETTER}]+$`);

/** Words that may end the text before a name that one of the patterns above reads (kin words aside; "of" ends a style). */
const LAST_WORDS_BEFORE = new Set([...ROYAL_TITLES, 'of', ...LIST_JOINS]);

/**
 * Whether the word before the name's space can end a pattern above: a title, "of", a list's
 * "and", a kin word, or a word closed by a comma or an initial's period. Most names follow
 * "the", "said" or a verb, and are then spared the patterns, which V8 tries at every position
 * of the text before (they end in `$`): the page asks this of every one-word match.
 */
function mayCueBefore(text: string, start: number): boolean {
  const space = text.charCodeAt(start - 1);
  if (space !== 32 && space !== 0xa0) return false;
  const last = text.charCodeAt(start - 2);
  if (last === 44 || last === 46) return true;
  const word = LAST_WORD.exec(text.slice(Math.max(0, start - 16), start - 1));
  return word !== null && (LAST_WORDS_BEFORE.has(word[0]) || KIN.has(word[0].toLowerCase()));
}

/** Whether `text` around [start, end) reads as a person's given name, or a person's style (see the module's comment). */
export function readsAsPerson(text: string, start: number, end: number): boolean {
  if (mayCueBefore(text, start)) {
    const justBefore = text.slice(Math.max(0, start - 24), start);
    if (TITLE_OR_INITIAL_BEFORE.test(justBefore) || STYLE_OF_BEFORE.test(justBefore)) return true;
    const before = KIN_BEFORE.exec(text.slice(Math.max(0, start - 64), start));
    if (before !== null && KIN.has(before[1].toLowerCase())) return true;
  }
  const after = text.slice(end, end + 48);
  if (AGE_AFTER.test(after)) return true;
  const apposition = APPOSITION.exec(after);
  return apposition !== null && apposition[1].split(/[ \u00a0]/).some((word) => PERSON_NOUNS.has(word.toLowerCase()));
}

/**
 * A verb of saying, or "and his"/"and her", right after a one-word name: "Magyar told his
 * supporters", "Magyar and his party". A person's weak family name that opens a sentence so is
 * that person where the page's ties settle it; its capital then says nothing, but the verb does
 * ("Most analysts" has none).
 */
const SPEAKS_AFTER = /^[ \u00a0]+(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|insisted|insists|claimed|claims|warned|warns|noted|notes|stressed|urged|urges|vowed|vows|announced|announces|accused|denied|denies|and[ \u00a0]+(?:his|her))\b/;

/** Whether a verb of saying follows the name that ends at `end` of `text` (see `SPEAKS_AFTER`). */
export const speaksAfter = (text: string, end: number): boolean => SPEAKS_AFTER.test(text.slice(end, end + 24));

/**
 * A lower-case kind of place after a family name ("Maga, Danko district", "Kennedy airport"): a
 * place named after someone (or named so), not the person the knowledge has under that name.
 */
const PLACE_KIND_AFTER = new RegExp(String.raw`^[ \u00a0](?:district|county|village|province|airport|street|avenue|square|bridge)(?![${LETTER}${DIGIT}])`);

export const placeKindAfter = (text: string, end: number): boolean => PLACE_KIND_AFTER.test(text.slice(end, end + 10));
