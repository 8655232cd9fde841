import { wordAfter, wordBefore, type Neighbour } from './neighbours';
import { capitalOnlyOpensSentence, isSpaceGap, joinsRun, startsUpper } from './run-words';

/**
 * Title words that also open bodies' names: "High Representative", "State Secretary", "Grand
 * Duke", "Crown Prince" are titles before a name, but "High Court", "State Legislature",
 * "Grand Prix" and "Crown Court" are the rest of a longer name ("the Islamabad High Court",
 * "the Utah State Legislature", "the Las Vegas Grand Prix", "Liverpool Crown Court").
 */
const BODY_HEADS = new Set(['high', 'supreme', 'state', 'grand', 'crown']);

/**
 * Whether the word after a match (`next`, at `offset` of `parts[part]`) is one of `BODY_HEADS`
 * going on with a capitalised word that is no title: then the three make one longer name, as
 * the run rule reads any other capitalised word (see `nameGoesOn`).
 */
export function headsBodyName(parts: readonly string[], count: number, part: number, offset: number, next: Neighbour | null): boolean {
  if (next === null || !isSpaceGap(next.gap) || !startsUpper(next.text)) return false;
  const head = next.text.toLowerCase();
  if (!BODY_HEADS.has(head) && head !== 'general') return false;
  const end = offset + next.gap.length + next.text.length;
  // Only where both words are in the match's own text node (a name rarely spans an inline tag).
  if (!parts[part].startsWith(next.gap + next.text, offset)) return false;
  const third = wordAfter(parts, count, part, end);
  // "General" heads a person's name as often ("US General Mark Milley"): only a body's noun goes on with it.
  return head === 'general' ? third !== null && isSpaceGap(third.gap) && GENERAL_BODIES.has(third.text.toLowerCase()) : joinsRun(third);
}

/** What follows "General" in a body's name: "Leeds General Infirmary", "the Ohio General Assembly", "the Ukrainian General Staff". */
const GENERAL_BODIES = new Set(['hospital', 'infirmary', 'assembly', 'council', 'staff', 'secretariat', 'directorate', 'court', 'motors', 'electric', 'dynamics']);

/**
 * The last words of bodies' and features' names before "of" and a place: "the National Election
 * Board of Ethiopia", "the League of Women Voters of Utah", "the Gulf of Aden". Not a person's
 * name ("Sen. Patty Murray of Washington"), nor a title ("President of Ukraine", "State of
 * Georgia"): those are of the place, and the place is meant.
 */
const BODY_NOUNS = new Set([
  'academy', 'agency', 'alliance', 'assembly', 'association', 'authority', 'bank', 'bay', 'board', 'bureau', 'cathedral', 'centre', 'center',
  'chamber', 'church', 'coalition', 'college', 'commission', 'committee', 'company', 'confederation', 'congress', 'corporation', 'council',
  'court', 'democrats', 'department', 'directorate', 'federation', 'forces', 'foundation', 'front', 'fund', 'guard', 'gulf', 'institute',
  'league', 'liberals', 'library', 'ministry', 'movement', 'museum', 'network', 'office', 'organisation', 'organization', 'orchestra', 'palace',
  'parliament', 'party', 'police', 'port', 'republicans', 'school', 'sea', 'senate', 'service', 'socialists', 'society', 'strait', 'tribunal',
  'trust', 'union', 'university', 'voters', 'workers',
]);

/**
 * Whether a one-word match closes a longer name with "of" ("the Young Socialists of Switzerland",
 * "the Prosecuting Attorneys' Council of Georgia"): the word before "of" (or "of the") is one of
 * `BODY_NOUNS`, capitalised and more than a sentence's first capital ("Parliament of Georgia"
 * opening a sentence may be the country's own).
 */
export function closesOfName(parts: readonly string[], span: { startPart: number; startOffset: number; words: number }): boolean {
  if (span.words !== 1) return false;
  const text = parts[span.startPart];
  const offset = span.startOffset;
  // Most names follow no "of" or "the": asked of the characters before reading any word back.
  if (!wordEndsAt(text, offset, 'of') && !wordEndsAt(text, offset, 'the')) return false;
  const head = headBefore(text, offset, OF, THE);
  return head !== null && startsUpper(head.text) && BODY_NOUNS.has(head.text.toLowerCase()) && !capitalOnlyOpensSentence(head);
}

const OF = new Set(['of']);
const THE = new Set(['the']);

/**
 * The word before the "of" word (one of `connectors`) that stands before `offset`, read back
 * past an article after it (one of `articles`): "Council" in "the Prosecuting Attorneys'
 * Council of Georgia", "Hostiles" in "Los Hostiles de la Amazonia". Null where no connector is.
 */
function headBefore(text: string, offset: number, connectors: ReadonlySet<string>, articles: ReadonlySet<string>): Neighbour | null {
  let before = wordBeforeIn(text, offset);
  if (before !== null && articles.has(before.text)) {
    offset -= before.gap.length + before.text.length;
    before = wordBeforeIn(text, offset);
  }
  if (before === null || !connectors.has(before.text)) return null;
  return wordBeforeIn(text, offset - before.gap.length - before.text.length);
}

/**
 * Whether the word after a one-word match is one of `BODY_NOUNS`: "Victoria Police", "Jordan
 * Valley Authority" open a body's name, not a person's, though the first word is a given name too.
 */
export function bodyNounAfter(parts: readonly string[], count: number, span: { endPart: number; endOffset: number }): boolean {
  const next = wordAfter(parts, count, span.endPart, span.endOffset);
  return next !== null && BODY_NOUNS.has(next.text.toLowerCase());
}

/** Whether `text` has `word` and a space (a no-break one too) right before `offset`. */
function wordEndsAt(text: string, offset: number, word: string): boolean {
  const space = text.charCodeAt(offset - 1);
  return (space === 32 || space === 160) && offset > word.length && text.startsWith(word, offset - 1 - word.length);
}

/** The word before `offset` in `text` alone, with a plain space between. */
function wordBeforeIn(text: string, offset: number): Neighbour | null {
  const before = wordBefore([text], 0, offset);
  return before !== null && isSpaceGap(before.gap) ? before : null;
}

/** The "of" of Spanish, Portuguese, Italian and French names, and the articles that may follow it. */
const PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'della', 'des']);
const PARTICLE_ARTICLES = new Set(['la', 'las', 'los', 'le', 'les']);

/**
 * Whether a one-word match closes a longer Spanish, Portuguese, Italian or French name in
 * English prose: "Amazonia" in "the gang Los Hostiles de la Amazonia", "Sinaloa" in "Cártel de
 * Sinaloa", "Mayo" in "Cinco de Mayo". A capitalised word stands before the particle, and more
 * than a sentence's first capital. Had the knowledge held the longer name, it would have matched.
 */
export function closesParticleName(parts: readonly string[], span: { startPart: number; startOffset: number; words: number }): boolean {
  if (span.words !== 1) return false;
  const text = parts[span.startPart];
  const offset = span.startOffset;
  // Most names follow no particle: a space and a particle's last letter are asked of first.
  if (text.charCodeAt(offset - 1) !== 32 || !'aeilos'.includes(text[offset - 2] ?? 'x')) return false;
  const head = headBefore(text, offset, PARTICLES, PARTICLE_ARTICLES);
  return head !== null && joinsRun(head) && !capitalOnlyOpensSentence(head);
}
