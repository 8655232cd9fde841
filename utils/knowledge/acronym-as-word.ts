import { foldString } from '../matching/chars.ts';
import { isAcronym } from './ambiguity.ts';
import type { Entity } from './types.ts';
import type { AmbiguityLists } from './word-lists.ts';

/** Four capitals or more and nothing else: "NATO", "UNESCO", "CENTCOM"; not "EU", "OPEC+" or "G7". */
const CAPITALS_ONLY = /^\p{Lu}{4,}$/u;

/**
 * An acronym as British house style writes one that is said as a word: the BBC, the Guardian,
 * the FT and the Economist write "Nato", "Opec", "Unesco" and "Centcom", and the matcher takes
 * an acronym only in capitals. Null where that spelling is another word or name: an everyday
 * word ("Swift", "Snap", "Pace"), a common given name ("Stan"), or a name written so by some
 * entity (`wordNames`, folded), which keeps it. Acronyms said letter by letter ("IAEA") gain a
 * spelling no page uses, which costs an index entry and marks nothing.
 */
export function acronymAsWord(text: string, lists: AmbiguityLists, wordNames: ReadonlySet<string>): string | null {
  if (!CAPITALS_ONLY.test(text)) return null;
  const key = foldString(text);
  if (lists.commonWords.has(key) || lists.givenNames.has(key) || wordNames.has(key)) return null;
  return text[0] + text.slice(1).toLowerCase();
}

/**
 * The names (folded) an acronym's British spelling must not take: every name written as a word,
 * and people's given names ("Olaf", "Hina"): "Olaf" is Scholz before it is the EU's anti-fraud
 * office. `aliases` are each entity's, in the order of `entities`.
 */
export function namesWrittenAsWords(entities: readonly Entity[], aliases: readonly (readonly { text: string }[])[]): Set<string> {
  const names = new Set<string>();
  aliases.forEach((own, position) => {
    for (const { text } of own) {
      if (isAcronym(text)) continue;
      names.add(foldString(text));
      if (entities[position].type === 'person') names.add(foldString(text.split(' ')[0]));
    }
  });
  return names;
}
