import type { TextMatch } from '@/utils/matching/match';
import { foldString } from '@/utils/matching/chars';
import { placeKindAfter, readsAsPerson } from '@/utils/matching/person-context';
import { givenNameBeforePatronymic } from '@/utils/matching/patronymic';
import { givenNameBeforeNickname } from '@/utils/matching/quoted-nickname';

// The mention store asks these only of entities that are not people: a known person's name
// after "his wife" is still theirs ("his wife Melania").

/**
 * A one-word place or body where the words around say a person's given name ("her sister
 * Florence", "Jordan, 19,"; see `readsAsPerson`): not marked, so no wrong card opens.
 */
export function givenNameHere(nodes: readonly Text[], match: TextMatch): boolean {
  return isOneWord(nodes, match) && readsAsPerson(nodes[match.startPart].data, match.startOffset, match.endOffset);
}

/** A one-word name in one text node ("Chad", "Vucevic"), as a given name or a surname alone is written. */
export function isOneWord(nodes: readonly Text[], match: Readonly<TextMatch>): boolean {
  return match.startPart === match.endPart && !/\s/.test(nodes[match.startPart].data.slice(match.startOffset, match.endOffset));
}

/**
 * A place or body whose name the page used earlier as a person's given name ("Chad Miller …
 * Chad said"; see `TextMatch.afterNameRun`): likely that person again, not the entity the
 * reader would see. A weak or shared name ("Georgia") only ever marked by the page's context,
 * which says nothing against a person. A name of its own stays where the page named it before
 * (`strongMentions`: "Israel" before "Israel Hayom") or holds its context (`contextScore`).
 */
export function givenNameAgain(match: TextMatch, entity: number, strongMentions: (entity: number) => number, contextScore: (entity: number) => number): boolean {
  if (match.afterNameRun !== true) return false;
  return match.weak || match.alternatives.length > 0 || (strongMentions(entity) === 0 && contextScore(entity) === 0);
}

/**
 * The one person among a one-word name's entities whom the page named in full: "House Judiciary
 * Chairman Jim Jordan … Jordan said" is him again, not the country, however often the country's
 * name is on the page (news writes the family name after the full name); as that person's short
 * form, which the reader may still correct ("Not this one"). -1 where none is, or two.
 */
export function surnameAgain(nodes: readonly Text[], match: TextMatch, isPerson: (entity: number) => boolean, strongMentions: (entity: number) => number): number {
  if (match.alternatives.length === 0 || !isOneWord(nodes, match)) return -1;
  let found = -1;
  for (const candidate of [match.entity, ...match.alternatives]) {
    if (!isPerson(candidate) || strongMentions(candidate) === 0) continue;
    if (found >= 0) return -1;
    found = candidate;
  }
  return found;
}

/**
 * A known person's name where the page means someone or something else: after another given
 * name and a quoted nickname ("Eduardo ‘Lule’ Menem" is not Martín Menem, while "Joaquín “El
 * Chapo” Guzmán" is the Guzmán the knowledge has) or a father's name and a patronymic ("Rahman
 * Sahib oglu Mustafayev" is not Shahin Mustafayev), or before a lower-case kind of place ("Danko
 * district"). `name` is the person's display name.
 */
export function notThisPerson(nodes: readonly Text[], match: TextMatch, name: string | undefined): boolean {
  if (placeKindAfter(nodes[match.endPart].data, match.endOffset)) return true;
  if (name === undefined) return false;
  const text = nodes[match.startPart].data;
  const given = givenNameBeforeNickname(text, match.startOffset) ?? givenNameBeforePatronymic(text, match.startOffset);
  return given !== null && !foldString(name).split(/[\s-]+/).includes(foldString(given));
}
