import { foldString } from '../matching/chars.ts';
import { isGenericInstitution } from './generic-names.ts';
import type { Entity } from './types.ts';
import { aliasesOf } from './validate.ts';

/** A party's name of a few capitalised words: many countries have a "National Liberal Party". */
const PARTY_NAME = /^\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){0,3} Party$/u;

/** A name an institution may share with other countries' (see `isGenericInstitution`), or a party's. */
export const isSharedInstitutionName = (text: string): boolean => isGenericInstitution(text) || PARTY_NAME.test(text);

/**
 * The name an institution goes by at home, once its full name drops the country that tells it
 * apart: "National Liberal Party (Romania)", "Supreme Court of the United Kingdom" and
 * "US Senate" are "the National Liberal Party", "the Supreme Court" and "the Senate" in their
 * own country's news. Only a name many countries use (see `isGenericInstitution`, or a party's) and only a
 * country the entity is tied to (`related`) count, so "Democratic Party of Socialists of
 * Montenegro" keeps its name whole.
 */
export function genericShortName(entity: Entity, countryNames: (id: string) => readonly string[], taken: ReadonlySet<string> = new Set()): string | null {
  if (entity.type !== 'organization') return null;
  const countries = new Set((entity.related ?? []).flatMap((id) => countryNames(id).map(foldString)));
  if (countries.size === 0) return null;
  const namesCountry = (text: string) => countries.has(foldString(text.replace(/^the /i, '')));
  const own = new Set(aliasesOf(entity).map(({ text }) => foldString(text)));
  for (const { text } of aliasesOf(entity)) {
    for (const bare of bareForms(text, namesCountry)) {
      const key = foldString(bare);
      // A party by its members in one word ("Socialists", "Greens") is a European Parliament group as often as a party.
      if (/^\p{Lu}\p{Ll}+s$/u.test(bare)) continue;
      if (isSharedInstitutionName(bare) && !own.has(key) && !taken.has(key)) return bare;
    }
  }
  return null;
}

/** `text` without a country that qualifies it: "X (Country)", "X of [the] Country", "Country X". */
function bareForms(text: string, namesCountry: (text: string) => boolean): string[] {
  const out: string[] = [];
  const qualified = /^(.+) \((.+)\)$/.exec(text);
  if (qualified && namesCountry(qualified[2])) out.push(qualified[1]);
  const words = text.split(' ');
  for (let i = 1; i < words.length; i++) {
    const head = words.slice(0, i).join(' ');
    const tail = words.slice(i).join(' ');
    if (words[i] === 'of' && namesCountry(words.slice(i + 1).join(' '))) out.push(head);
    if (namesCountry(head)) out.push(tail);
  }
  return out;
}

/** Ministries go by their field first in the news: "the Defence Ministry", "the Foreign Ministry". */
const MINISTRY_OF = /^Ministry (?:of|for) (?:the |National )?(Defence|Defense|Foreign Affairs|Finance|Interior|Internal Affairs|Justice)$/;
const FIELD_FIRST: Record<string, string[]> = {
  Defence: ['Defence Ministry', 'Defense Ministry'],
  Defense: ['Defense Ministry', 'Defence Ministry'],
  'Foreign Affairs': ['Foreign Ministry'],
  Finance: ['Finance Ministry'],
  Interior: ['Interior Ministry'],
  'Internal Affairs': ['Interior Ministry'],
  Justice: ['Justice Ministry'],
};

/**
 * Parties go by their members too: "the Social Democrats", "the Christian Democrats". Not the
 * one-word forms ("the Socialists", "the Greens", "the Liberals"): in a story about the
 * European Parliament those are its groups, whatever country the story names.
 */
const MEMBERS: [RegExp, string][] = [[/^(Social|Christian) Democratic Party$/, '$1 Democrats']];

/**
 * A short name and the other ways news writes it: "Ministry of Defence" is also "Defence
 * Ministry" and "Defense Ministry"; "Social Democratic Party" is also "Social Democrats".
 */
export function shortNameForms(bare: string): string[] {
  const field = MINISTRY_OF.exec(bare)?.[1];
  if (field !== undefined) return [bare, ...FIELD_FIRST[field]];
  const members = MEMBERS.find(([party]) => party.test(bare));
  return members ? [bare, bare.replace(members[0], members[1])] : [bare];
}

/**
 * `entities` with each institution's short name at home (see `genericShortName`, and
 * `shortNameForms` for its other spellings) as weak aliases: the page marks it only where the initials that follow say which it is ("the
 * Social Democratic Party (PSD)") or where the page already named the institution in full.
 * A name in `taken` (folded) stays with the entities that have it already: the UK's "Labour
 * Party", which pages carry with the context that settles it, gains no rival it cannot outscore.
 */
export function withGenericShortNames(entities: readonly Entity[], countryNames: (id: string) => readonly string[], taken: ReadonlySet<string> = new Set()): Entity[] {
  return entities.map((entity) => {
    const bare = genericShortName(entity, countryNames, taken);
    if (bare === null) return entity;
    const own = new Set(aliasesOf(entity).map(({ text }) => foldString(text)));
    const isNew = (form: string) => !own.has(foldString(form)) && !taken.has(foldString(form));
    const forms = shortNameForms(bare).filter((form) => form === bare || isNew(form));
    // "Romania's Constitutional Court" says whose it is, so it is strong (the bare name after a
    // capitalised or possessive word is no match at all; see `standsAlone`).
    const countries = (entity.related ?? []).flatMap(countryNames).filter((name) => name.length >= 4 && !/ of /.test(name));
    const possessives = [...new Set(countries.flatMap((country) => forms.map((form) => `${country}'s ${form}`)))].filter(isNew);
    return { ...entity, aliases: [...entity.aliases, ...forms.map((text) => ({ text, weak: true })), ...possessives] };
  });
}
