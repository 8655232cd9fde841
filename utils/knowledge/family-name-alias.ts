import { writeFlags } from '../matching/alias-index.ts';
import { foldString } from '../matching/chars.ts';
import type { CompiledAlias, Entity } from './types.ts';
import { byFoldedText } from './alias-keys.ts';
import { aliasesOf } from './validate.ts';

/** Words that end a name without being a family name: "Marcos Jr.", "Mohammed VI". */
const SUFFIX = /^(jr|sr|[ivx]+)\.?$/i;
/** Lower-case words that belong to the family name after them: "von der Leyen", "de Moraes". */
const PARTICLE = /^(von|van|der|den|ten|ter|de|del|della|di|da|dos|du|la|le|bin|ibn)$/;

/**
 * The family name news shortens a person's name to ("Michael D Higgins" → "Higgins",
 * "Ursula von der Leyen" → "von der Leyen"), or null when the name's last word is none.
 */
export function familyNameOf(name: string): string | null {
  // A royal's or a peer's style ends in a title's place: "Catherine, Princess of Wales" is not "Wales";
  // an epithet is no family name: "Nawal the Kuwaiti" is not "Kuwaiti", "Catherine the Great" not "Great".
  if (/,| of | the /.test(name)) return null;
  const words = name.replace(/\s*\(.*\)$/, '').trim().split(/\s+/);
  if (words.length < 2) return null;
  const last = words[words.length - 1];
  if (SUFFIX.test(last) || last.length < 3 || last.includes('.') || !/^\p{Lu}/u.test(last)) return null;
  let first = words.length - 1;
  while (first > 1 && PARTICLE.test(words[first - 1])) first--;
  return words.slice(first).join(' ');
}

/** Peoples whose names end in two family names, the father's and the mother's: "Alberto González Amador". */
const TWO_SURNAMES = /^(?:Spanish|Mexican|Argentine|Argentinian|Colombian|Chilean|Peruvian|Venezuelan|Cuban|Ecuadorian|Bolivian|Uruguayan|Paraguayan|Guatemalan|Honduran|Salvadoran|Nicaraguan|Costa Rican|Panamanian|Dominican)\b/;

/**
 * Both family names of a Spanish-speaking person's name of three words or more, which news gives
 * together as often as the last alone ("Gonzalez Amador", "López Obrador", "Díaz Ayuso"); null
 * where the word before the last is a given name ("María Corina Machado", "Juan Carlos Cruz").
 */
export function bothFamilyNames(name: string, givenNames: ReadonlySet<string>): string | null {
  const last = familyNameOf(name);
  if (last === null || last.includes(' ')) return null;
  const words = name.trim().split(/\s+/);
  const before = words[words.length - 2];
  if (words.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(before) || givenNames.has(foldString(before))) return null;
  return `${before} ${last}`;
}

/** A generated name is weak and has no cue: "Mr Higgins" alone must not pick it over a name the knowledge gives. */
const GENERATED = writeFlags({ weak: true, capsWord: false, givenName: false, cues: 0 });

/**
 * The family name of each person in `entities` who lacks it among `aliases` (already
 * compiled, by position), weak: it marks after the page names the person in full, as the
 * store does for weak names. Where another entity has that name too, it stays theirs unless
 * the page names this person in full ("Mr Higgins" after "Michael D Higgins" is his, not a
 * U.S. congressman's). So it does against a `settled` entity's name, which keeps it where the
 * page names no one else ("Trump" alone is Donald Trump): "Vucevic" after "Nikola Vucevic" is
 * the basketball player, not Serbia's Miloš Vučević, and "Güler" after "Arda Güler" the
 * footballer, not Turkey's defence minister.
 */
export function familyNameAliases(
  entities: readonly Entity[],
  aliases: readonly CompiledAlias[],
  settled: (position: number) => boolean,
  givenNames: ReadonlySet<string> = new Set(),
): CompiledAlias[] {
  const owners = byFoldedText(aliases, ([, position]) => position);
  const out: CompiledAlias[] = [];
  entities.forEach((entity, position) => {
    if (entity.type !== 'person') return;
    // The name's, and each other full name's the knowledge gives: "Viktor Babariko", the
    // Russian spelling of Viktar Babaryka, is shortened to "Babariko" as often.
    const fullNames = [entity.name, ...aliasesOf(entity).filter((a) => !a.weak && a.text.includes(' ')).map((a) => a.text)];
    const given = new Set<string>();
    const twoSurnames = TWO_SURNAMES.test(entity.description);
    for (const name of fullNames) for (const family of [familyNameOf(name), twoSurnames ? bothFamilyNames(name, givenNames) : null]) {
      if (family === null) continue;
      const key = foldString(family);
      if (given.has(key)) continue;
      // A person pages carry gets one only where the name starts with a given name, as "Petr Pavel"
      // does: "Abiy Ahmed" and "Hun Sen" are not shortened to their last word, and every name a
      // page carries costs its script bytes.
      if (settled(position) && !givenNames.has(foldString(name.split(' ')[0]))) continue;
      given.add(key);
      const holders = owners.get(key) ?? [];
      if (holders.includes(position)) continue;
      out.push([family, position, GENERATED]);
    }
  });
  return out;
}
