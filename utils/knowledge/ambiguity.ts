import { foldString } from '../matching/chars.ts';
import type { Entity } from './types.ts';
import { isGenericInstitution } from './generic-names.ts';
import { aliasesOf } from './validate.ts';
import type { AmbiguityLists } from './word-lists.ts';

/** Why an alias is weak: it counts only after a strong mention of its entity, or a cue word. */
export type WeakReason = 'marked weak' | 'shared' | 'common word' | 'given name' | 'generic name' | 'short letters';

export interface JudgedAlias {
  text: string;
  weak: boolean;
  reason?: WeakReason;
}

/**
 * Written in capitals ("US", "WHO", "IT"): the matcher takes it only in capitals, so the
 * English word it spells is no ambiguity, except in all-caps text (see the matcher's rule).
 */
export const isAcronym = (text: string) => text === text.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(text);

/**
 * One or two capital letters and nothing else ("PD", "SD", "H", "U.S."): two letters spell
 * state, country and unit codes, initials and a dozen parties each ("R-La.", "N.H.",
 * "CH-47", "PD-26" in real pages), so such an alias marks on its own only where its entity
 * also answers to the dotted form — "U.S.", "U.K.", "E.U.", "U.N.": the abbreviations news
 * uses as names. A letter with a digit ("G7", "V4") is no such code.
 */
const lettersOf = (text: string) => text.replace(/\./g, '');
const isShortLetters = (text: string) => /^\p{Lu}{1,2}$/u.test(lettersOf(text));

/**
 * Two letters that news writes as one company's name, with no dotted form to show it, by the
 * entity's id: "BP" (its other names, "BP plc" and "British Petroleum", a story rarely writes).
 * Reviewed one by one: health pages write "BP" for blood pressure too, but news names the
 * company far more; "GE", "LG" and "HP" are an election's, a governor's and a state's letters
 * in Indian and British news, and stay weak.
 */
const TWO_LETTER_NAMES: ReadonlyMap<string, string> = new Map([['bp', 'BP']]);
const isDotted = (text: string) => text.includes('.') && text !== lettersOf(text);

/**
 * Who else has an alias: an acronym is shared with acronyms only. "SNAP" (food stamps) and
 * "Snap" (the company) are written apart, and the matcher reads them apart: an acronym wants
 * capitals on the page, and there a one-word name of its letters is no rival to it (see `choose`).
 */
export const ownerKey = (text: string) => (isAcronym(text) ? `${foldString(text)}\u0000` : foldString(text));

/** One word, no spaces or hyphens ("Orbán", "NATO"; not "Costa Rica", "Kyiv-Pechersk"). */
export const isSingleWord = (text: string) => !/[\s\-‐‑–—]/.test(text.trim());

/**
 * A place's name without what its full name adds to tell it apart: "Washington" of
 * "Washington, D.C.", "Halle" of "Halle (Saale)". Written as an alias (not marked weak), it is
 * the place's own name as much as the full one: news calls the capital "Washington", and the
 * state that shares the word has it as a weak name only (see `qualifiedRegionEntity`).
 */
export function isPlaceStem(entity: Entity, text: string): boolean {
  if (entity.type !== 'place') return false;
  const cut = entity.name.search(/, | \(/);
  return cut > 0 && entity.name.slice(0, cut) === text;
}

/**
 * The build's ambiguity model: every alias of every entity judged strong or weak, so a
 * distinctive surname ("Zelenskyy", "Syrskyi") marks on its own and an ambiguous one waits
 * for its full name. An alias is weak when
 * - its writer marked it so;
 * - another entity has it too (unless it is the name of exactly one of them: "Jordan" the
 *   country keeps its name, Jim Jordan's surname alone becomes weak, and the capital keeps
 *   "Washington");
 * - it is one word that is an everyday English word or a common given name (never the
 *   entity's own name, which its writer chose: "Chad", "Turkey", nor a place's name without its
 *   qualifier: "Washington" of "Washington, D.C."; see `isPlaceStem`);
 * - it is an institution's or party's name that many countries use ("Labour Party",
 *   "House of Commons"; see `isGenericInstitution`): the page's context decides;
 * - it is one or two capital letters, unless its entity is also written with them dotted
 *   (see `isShortLetters`).
 * Without `lists` (a reader's pack, judged in the browser) only the first two rules apply.
 */
export function judgeAliases(entities: readonly Entity[], lists?: AmbiguityLists): JudgedAlias[][] {
  const owners = new Map<string, { entities: Set<number>; asName: Set<number> }>();
  const all = entities.map((entity) => aliasesOf(entity));
  all.forEach((aliases, position) => {
    aliases.forEach(({ text, weak }, k) => {
      const key = ownerKey(text);
      let owner = owners.get(key);
      if (!owner) owners.set(key, (owner = { entities: new Set(), asName: new Set() }));
      owner.entities.add(position);
      if (k === 0 || (!weak && isPlaceStem(entities[position], text))) owner.asName.add(position);
    });
  });
  return all.map((aliases, position) => {
    const dotted = new Set(aliases.filter(({ text }) => isShortLetters(text) && isDotted(text)).map(({ text }) => lettersOf(text)));
    return aliases.map(({ text, weak }, k): JudgedAlias => {
      if (weak) return { text, weak: true, reason: 'marked weak' };
      if (isShortLetters(text) && !dotted.has(lettersOf(text)) && TWO_LETTER_NAMES.get(entities[position].id) !== text) return { text, weak: true, reason: 'short letters' };
      const key = foldString(text);
      const owner = owners.get(ownerKey(text))!;
      if (owner.entities.size > 1) {
        const soleName = owner.asName.size === 1 && owner.asName.has(position);
        return soleName ? { text, weak: false } : { text, weak: true, reason: 'shared' };
      }
      if (lists && isGenericInstitution(text)) return { text, weak: true, reason: 'generic name' };
      if (k === 0 || !lists || !isSingleWord(text) || isAcronym(text) || isPlaceStem(entities[position], text)) return { text, weak: false };
      if (lists.commonWords.has(key)) return { text, weak: true, reason: 'common word' };
      if (lists.givenNames.has(key)) return { text, weak: true, reason: 'given name' };
      return { text, weak: false };
    });
  });
}
