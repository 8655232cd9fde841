import { foldString } from '../matching/chars.ts';
import { creditMask } from '../matching/credit-cues.ts';
import { isAcronym } from './ambiguity.ts';
import { countryDemonyms, countryNamedIn } from './demonyms.ts';
import { partyMembers } from './party-members.ts';
import { isCountry, relations, saysEnough, strongNames, TIE_RANK, type RankAndFile } from './place-contexts.ts';
import { aliasesOf, factOf } from './validate.ts';
import type { Entity } from './types.ts';

/**
 * The context of each body in `entities` that news calls by a weak everyday name and that has
 * no institution's context (see `institutionContexts`), by id: for the background's bodies,
 * sent to a page with the buckets that name them. `weakNamesOf` gives the names as the build
 * judged them ("Apple", an English word, is weak though written plainly); `most` caps each
 * context (pages carry their own bodies' contexts in every script, so fewer names).
 */
export function tieContexts(
  entities: readonly Entity[],
  all: readonly Entity[],
  institutions: Readonly<Record<string, string[]>>,
  weakNamesOf: (entity: Entity) => readonly string[] = (entity) => aliasesOf(entity).filter(({ weak }) => weak).map(({ text }) => text),
  rankAndFile: RankAndFile = () => false,
  most = MAX_WEAK_NAME_CONTEXT,
): Record<string, string[]> {
  const tables = tieTables(all);
  const out: Record<string, string[]> = {};
  for (const entity of entities) {
    if (entity.type === 'place' || entity.type === 'weapon' || institutions[entity.id]) continue;
    const context = weakNameContext(entity, weakNamesOf(entity), tables, rankAndFile).slice(0, most);
    if (context.length > 0) out[entity.id] = context;
  }
  return out;
}

/** What weak names' contexts are read from: the knowledge's ties, initials, nations and party members. */
interface TieTables {
  byId: Map<string, Entity>;
  tiedTo: Map<string, Entity[]>;
  credits: CreditInitials;
  nationOf: NationFinder;
  members: Map<string, Entity[]>;
  /** Each country's own demonyms, by its name (see `countryDemonyms`). */
  demonyms: Record<string, string[]>;
}

const tablesOf = new WeakMap<readonly Entity[], TieTables>();

/**
 * The tables of a knowledge, worked out once for it: a build asks for the background's bodies'
 * contexts and then the page's of the same knowledge, and the tables take ~140 ms to make.
 */
function tieTables(all: readonly Entity[]): TieTables {
  let tables = tablesOf.get(all);
  if (tables === undefined) {
    const { byId, tiedTo } = relations(all);
    // The countries' demonyms, worked out once: descriptions name a country by its people, and so do stories.
    const demonyms = countryDemonyms(all.filter(isCountry));
    const namedIn = countryNamedIn(all.filter(isCountry), demonyms);
    tables = { byId, tiedTo, credits: creditInitials(all), nationOf: nationFinder(namedIn), members: partyMembers(all, namedIn), demonyms };
    tablesOf.set(all, tables);
  }
  return tables;
}

/**
 * Most names a body's weak-name context holds: its league, its coach, its people. A name's
 * spellings count one each ("Martín Zubimendi", "Martin Zubimendi", "Zubimendi"), so twelve
 * held four players of a club's thirty, and a story naming its fifth left "Arsenal" unsettled;
 * 24 held nine, and when stop 48 wrote eight more of its players, a story naming Gyökeres,
 * Trossard and Zubimendi lost its "Arsenal" again. The background holds these; pages carry
 * fewer of their own bodies' (see `PAGE_TIE_NAMES`).
 */
export const MAX_WEAK_NAME_CONTEXT = 48;
/**
 * A name tied to more entities than this (Donald Trump, the EU, and a league: the NFL's 32
 * clubs) is in too many stories to say which body is meant: a front page's one NBA story
 * made "Kings and Queens of Europe" and "Tech Giants" clubs.
 */
export const MAX_TIES_OF_A_TIE = 30;

/**
 * For a body news calls by a weak everyday name ("Arsenal", "Ferrari", "ICC" for the cricket
 * council): the bodies, people and events tied to it, by their strong names ("Premier League",
 * "Mikel Arteta"), and a party's members by their "Party" fact (see `partyMembers`). Found in
 * the same story, they say the short name is this body's, as a region's towns say which Georgia
 * is meant. No places: "Seattle" says nothing of football,
 * and a country nothing at all, unless the weak name is the body's own without the country's
 * (see `namesParent`). Not for initials alone ("EPA", "PA"): a photo credit's "EPA" in
 * a story that names Lee Zeldin is the picture agency's, and initials are shared too widely;
 * longer initials take their country alone (see `isLongInitials`).
 * An event only by a one-word name ("Wimbledon", "Ashes", "Libertadores") or a numbered one ("14th
 * Party Congress", which the party's own names settle): its other longer weak names are phrases
 * that dates and other stories share ("January 6", "Geneva talks"). A person only by
 * a full name that others share ("Alan Taylor", the Bank of England's): a family name alone is
 * anyone's, and waits for the full name on the page.
 */
function weakNameContext(entity: Entity, weakNames: readonly string[], { byId, tiedTo, credits, nationOf, members, demonyms }: TieTables, rankAndFile: RankAndFile): string[] {
  // A person by a full name many share ("Alan Taylor" of the Bank of England), never by a family name alone ("Taylor", "Le Pen").
  const settles = (text: string) => !isAcronym(text) && (entity.type === 'organization' || (entity.type === 'person' ? isFullName(text, entity.name) : !/\s/.test(text) || ORDINAL.test(text)));
  const related = (entity.related ?? []).map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined);
  if (!weakNames.some(settles)) return entity.type === 'organization' && weakNames.some((name) => isLongInitials(name) && !creditShares(credits, name, entity.id)) ? (nationOf(entity, related)?.flatMap((country) => [...countryAndCapital(country), ...(demonyms[country.name] ?? [])]) ?? []) : [];
  const own = aliasesOf(entity).map(({ text }) => foldString(text));
  const ties = [
    ...related,
    ...[...(tiedTo.get(entity.id) ?? []), ...(members.get(entity.id) ?? [])].sort((a, b) => TIE_RANK[a.type] - TIE_RANK[b.type] || Number(rankAndFile(a)) - Number(rankAndFile(b))),
  ].filter((e) => e.type !== 'place' && ((tiedTo.get(e.id)?.length ?? 0) <= MAX_TIES_OF_A_TIE || chosenPeer(entity, e)));
  const usable = (name: string) => saysEnough(name) && !own.includes(foldString(name));
  // Its parent body or country first, however much else is tied to it (the UN for "Security
  // Council"); a club's city is no parent: "Tech Giants" in a New York story is no club.
  const parents = related.filter((e) => (e.type !== 'place' || isCountry(e)) && namesParent(e, isCountry(e) ? weakNames.filter(saysWhichBody) : weakNames, own));
  return [...new Set([...parents, ...ties].flatMap(strongNames).filter(usable))].slice(0, MAX_WEAK_NAME_CONTEXT);
}

/** An ordinal number in a name: "14th Party Congress", "20th National Congress". */
const ORDINAL = /\b\d+(?:st|nd|rd|th)\b/;

/**
 * A body the entry itself names as related, of its own kind: a company's rivals and partners
 * ("Apple" beside Google, Samsung and OpenAI). Named by the writer, it settles the weak name
 * however many others are tied to it (see `MAX_TIES_OF_A_TIE`): a story that names Google
 * and "Apple" in capitals is about the company.
 */
const chosenPeer = (entity: Entity, tie: Entity) => isCompany(entity) && isCompany(tie) && (entity.related ?? []).includes(tie.id);
const COMPANY = /\b(?:company|corporation|conglomerate|manufacturer|maker|retailer|airline|carmaker|chipmaker)\b/i;
const isCompany = (entity: Entity) => entity.type === 'organization' && COMPANY.test(entity.description);

/** A name of several words that opens with the person's given name ("Alan Taylor" for "Alan Taylor (economist)"). */
function isFullName(text: string, name: string): boolean {
  const first = foldString(text.split(' ')[0]);
  return /\s/.test(text) && first === foldString(name.split(' ')[0]);
}

/**
 * Initials of three letters or more ("ERR", Estonia's public broadcaster; "NIS", Serbia's oil
 * company; "DUI", a Macedonian party): weak because a word or another body's, yet in capitals
 * they are a body's name, and a national body's country (its "Country" fact) says whose (see
 * `weakNameContext`), by its name, its capital or its people ("the Dutch government" beside
 * "farmers' party BBB"). Two letters are shared too widely for a country to settle them, and an
 * international body's seat ("ICC" and the Netherlands) says nothing.
 */
const isLongInitials = (name: string) => isAcronym(name) && name.replace(/\./g, '').length >= 3;

/** Initials in capitals: those news agencies and outlets go by, and every body's. */
interface CreditInitials {
  agencies: Map<string, Set<string>>;
  holders: Map<string, Set<string>>;
}

/**
 * Whether initials are an agency's or outlet's and another body's too ("PTI": the Press Trust
 * of India and Pakistan's Tehreek-e-Insaf; "AFP" and the Australian Federal Police): a credit's
 * "(AFP)" in a story on Australia is the agency's, and a Pakistani story that names India once is
 * no Indian story, so the country settles neither. An outlet's own initials no one else has
 * ("ERR", Estonia's broadcaster) it settles.
 */
function creditShares(credits: CreditInitials, initials: string, id: string): boolean {
  const agencies = credits.agencies.get(initials);
  if (agencies === undefined) return false;
  return [...agencies].some((other) => other !== id) || (agencies.has(id) && [...(credits.holders.get(initials) ?? [])].some((other) => other !== id));
}

/** The initials of `all`'s bodies, in capitals, with who holds them (an agency's written "epa" counts as "EPA"). */
function creditInitials(all: readonly Entity[]): CreditInitials {
  const agencies = new Map<string, Set<string>>();
  const holders = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => map.set(key, (map.get(key) ?? new Set()).add(id));
  for (const e of all) {
    if (e.type !== 'organization') continue;
    const agency = creditMask(e.description) !== 0;
    for (const { text } of aliasesOf(e)) {
      if (isAcronym(text)) add(holders, text, e.id);
      if (agency && /^[\p{L}&]{2,6}$/u.test(text)) add(agencies, text.toUpperCase(), e.id);
    }
  }
  return { agencies, holders };
}

type NationFinder = (entity: Entity, related: readonly Entity[]) => Entity[] | undefined;

/**
 * A national body's country among those it is tied to: its "Country" fact's, or the one its
 * description names or calls its people by ("Dutch public broadcaster": the Netherlands).
 * Undefined for an international body ("based in The Hague" names no people).
 */
function nationFinder(namedIn: ReturnType<typeof countryNamedIn>): NationFinder {
  return (entity, related) => {
    const countries = related.filter(isCountry);
    const named = factOf(entity, 'Country');
    const found = named !== undefined ? countries.filter((c) => c.name === named) : countries.filter((c) => namedIn(entity.description, c.name));
    return found.length === 1 ? found : undefined;
  };
}

/** A country's strong names and its capital's: a story on Estonia's parties names Tallinn more than Estonia. */
const countryAndCapital = (country: Entity) => [...strongNames(country), ...[factOf(country, 'Capital') ?? []].flat().filter((capital) => !/[(;]/.test(capital))];

/**
 * A name of three words or more says which of a country's bodies it is; "Attorney General",
 * "Federal Police" and "High Court" are every country's, and a story that names Spain once
 * beside Pam Bondi is no story about Spain's attorney general.
 */
const saysWhichBody = (name: string) => name.trim().split(/\s+/).length >= 3;

/**
 * Whether `parent` is the body or country a weak name leaves off: "Security Council" is "UN
 * Security Council" without the UN's name, "National Security and Defence Council" is that "of
 * Ukraine" without its country, as "Congress" is "U.S. Congress". News writes the short form
 * once the story has named the parent, so the parent's names settle it.
 */
function namesParent(parent: Entity, weakNames: readonly string[], own: readonly string[]): boolean {
  const parentNames = aliasesOf(parent).filter(({ weak }) => !weak).map(({ text }) => foldString(text));
  return weakNames.some((name) => {
    const short = foldString(name);
    return parentNames.some((p) => own.includes(`${p} ${short}`) || own.includes(`${short} of ${p}`) || own.includes(`${short} of the ${p}`) || own.includes(`${p}'s ${short}`));
  });
}
