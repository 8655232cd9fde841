import type { CardEntity, CompiledAlias, CompiledKnowledge, Entity, KnowledgePack } from './types.ts';
import { foldString } from '../matching/chars.ts';
import { packIndex } from '../matching/packed-index.ts';
import { writeFilter } from '../matching/remote-filter.ts';
import { judgedAliases } from './judged-aliases.ts';
import { withDatedEventNames } from './dated-event-names.ts';
import { withYearKindNames } from './year-kind-names.ts';
import { readFlags } from '../matching/alias-index.ts';
import { shipHeaders } from './entity-table.ts';
import { GAZETTEER_FOLDER, isGeneratedPeople } from './generated-files.ts';
import { isGenericInstitution } from './generic-names.ts';
import { isSharedInstitutionName, withGenericShortNames } from './generic-short-names.ts';
import { countryDemonyms } from './demonyms.ts';
import { countryNames, institutionContexts, isCountry, placeContexts } from './place-contexts.ts';
import { tieContexts } from './tie-contexts.ts';
import { weakPlaceContexts } from './weak-place-contexts.ts';
import { WORD_NAMED_CITY_IDS } from './generators/news-spellings.ts';
import { aliasesOf, checkPack } from './validate.ts';
import { countriesByName, regionQualifiers, townCountries } from './town-countries.ts';
import type { AmbiguityLists } from './word-lists.ts';

/**
 * Merges knowledge files into the compact index the content script loads (headers, aliases
 * pointing at entity positions, the packed alias index) and the card data the background serves.
 * Throws one error listing every problem, so a bad file fails the build loudly.
 */
export function compileKnowledge(files: { name: string; pack: KnowledgePack }[], lists?: AmbiguityLists): CompiledKnowledge {
  const all = files.flatMap((file) => file.pack.entities);
  const combined = { version: 'combined', asOf: latest(files.map((f) => f.pack.asOf)), entities: all };
  // Shared aliases are the ambiguity model's to judge (see `judgeAliases`), not an error here.
  const check = checkPack(combined, { aliasClashes: false });
  if (!check.ok) {
    const offsets = files.map((f) => f.pack.entities.length);
    const where = (path: string) => locate(path, files.map((f) => f.name), offsets);
    throw new Error(`Knowledge is invalid:\n${check.errors.map((e) => `  ${where(e.path)}: ${e.message}`).join('\n')}`);
  }
  // Pages hold the entities news names most (see `shipsToPages`); the rest live in the
  // background, which hands a page the buckets of the words it met (see `RemoteIndex`).
  const tagged = files.flatMap((f) => f.pack.entities.map((entity) => ({ entity, local: shipsToPages(f.name, entity) })));
  // Events named by year, country and kind go by year and kind too ("2024 general election"; see `withYearKindNames`).
  const local = withYearKindNames(tagged.filter((t) => t.local).map((t) => t.entity), all);
  // The background's institutions also go by their short name at home: their context comes to a
  // page with the buckets that name them, and a page's own institutions keep their names alone
  // ("Social Democratic Party" is not Germany's SPD in a story about Romania that names Berlin once).
  // A page entity's weak name that every country's body has ("Supreme Court", "Parliament") is
  // shared, not kept: it settles by context, so India's court is marked in an Indian story too.
  const pageNames = new Set(local.flatMap((e) => aliasesOf(e).filter(keepsFromOthers).map(({ text }) => foldString(text))));
  const remote = withYearKindNames(withGenericShortNames(tagged.filter((t) => !t.local).map((t) => t.entity), countryAliases(all), pageNames), all);
  const indexed = [...local, ...remote];
  // Pages' own people get their own family name only after a given name (see `familyNameAliases`).
  // Then the names year-named events share with other years' (see `withDatedEventNames`).
  const aliases = withDatedEventNames(indexed, judgedAliases(indexed, lists, (position) => position < local.length));
  // Each distinct version once: the files mostly share one, and pages carry this string.
  const version = [...new Set(files.map((f) => f.pack.version))].join('+');
  const compiled = indexEntities(local, remote, combined.asOf, version, aliases);
  // Congress and the Commons: in a body's context, after the people written by hand (see `RankAndFile`).
  const members = idsIn(files, isGeneratedPeople);
  const rankAndFile = (entity: Entity) => members.has(entity.id);
  compiled.remote.contexts = institutionContexts(remote, indexed, rankAndFile);
  const weakNamesOf = weakNames(indexed, aliases);
  const gazetteer = idsIn(files, (name) => name.startsWith(GAZETTEER_FOLDER));
  compiled.remote.tieContexts = {
    ...tieContexts(remote, indexed, compiled.remote.contexts, weakNamesOf, rankAndFile),
    // Of the gazetteer, only the cities a reviewed table keeps under a word's name ("Nice").
    ...weakPlaceContexts(remote.filter((e) => !gazetteer.has(e.id) || WORD_NAMED_CITY_IDS.has(e.id)), indexed, weakNamesOf),
  };
  // Where each town is, so a page can tell "Moscow, Idaho" from Moscow (see `qualifiedTown`).
  const countries = countriesByName(all);
  compiled.remote.towns = townCountries(remote, countries);
  const contexts = placeContexts(local, all, rankAndFile);
  // The page's own bodies under a weak everyday name settle by their ties too ("Tisza" in a
  // story that names Péter Magyar); their first few, as every page carries them.
  const pageTies = tieContexts(local, indexed, contexts, weakNamesOf, rankAndFile, PAGE_TIE_NAMES);
  return { ...compiled, contexts, tieContexts: pageTies, countries: countryNames(local), demonyms: countryDemonyms(local.filter(isCountry)), towns: townCountries(local, countries), qualifiers: regionQualifiers(all) };
}

/** The ids of the entities in the files whose name `keep` accepts. */
function idsIn(files: readonly { name: string; pack: KnowledgePack }[], keep: (name: string) => boolean): Set<string> {
  return new Set(files.filter((f) => keep(f.name)).flatMap((f) => f.pack.entities.map((e) => e.id)));
}

/**
 * Each entity's weak names as the build judged them (see `judgeAliases`), by id: "Apple" is
 * written plainly, but as an English word it marks only where the page says which is meant.
 */
function weakNames(entities: readonly Entity[], aliases: readonly CompiledAlias[]): (entity: Entity) => readonly string[] {
  const byId = new Map<string, string[]>();
  for (const [text, position, flags] of aliases) {
    if (!readFlags(flags).weak) continue;
    const id = entities[position].id;
    const names = byId.get(id);
    if (names) names.push(text);
    else byId.set(id, [text]);
  }
  return (entity) => byId.get(entity.id) ?? [];
}

/** Each country's names by its id, for the institutions tied to it. */
function countryAliases(entities: readonly Entity[]): (id: string) => readonly string[] {
  const names = new Map(entities.filter(isCountry).map((c) => [c.id, aliasesOf(c).map(({ text }) => text)]));
  return (id) => names.get(id) ?? [];
}

/** Most names of a page body's tie context (see `tieContexts`): its leaders and bodies come first. */
const PAGE_TIE_NAMES = 6;

/** Files whose every entity pages carry: the countries and the first, hand-picked core of each type. */
const PAGE_FILES = new Set(['places/countries.json', 'places/core.json', 'organizations/core.json', 'events/core.json']);
/**
 * Offices whose holders, present or past, are named in most news: heads of state and
 * government, foreign and defence ministers. Not a Canadian province's or an Australian state's
 * premier, nor the president of a bank, an agency (JAXA's), a foundation, a committee, Hungary's
 * Curia, an audit office, a union, an employers' or sports body or a university, nor a
 * university's chancellor, nor a minister of foreign trade, nor a British
 * "Secretary of State for" anything but foreign affairs, nor a U.S. state's secretary of state,
 * nor a company's or a regional Fed bank's "President and chief executive" (or a legal fund's "President and Director-Counsel"), nor a club's
 * "President of basketball operations", nor a French metropolis's or a German region's
 * president, nor a senate's, a party's or a judicial council's president or a party's
 * secretary-general (a Senate's president is named in its own country's news, not in most):
 * the background serves those.
 */
const LEADING_OFFICE =
  /^(president(?! and (chief|ceo|chairman|director)| of (the )?[^,;(]*\b(bank|foundation|guild|committee|institute|association|kúria|curia|audit|workers|teachers|farmers|medef|fia|fencing|olympic|university|operations|metropolis|region|senate|party|judicial|cassation|télévisions|corporation|broadcaster|agency|jaxa|airlines?)\b)|prime minister|chancellor(?!.*universit)|king|queen|supreme leader|secretary-general(?! of (the )?[^,;(]*\b(party|front|movement)\b)|taoiseach|premier(?! of (?:ontario|qu[eé]bec|alberta|british columbia|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|prince edward|new south wales|victoria|queensland|western australia|south australia|tasmania))|minister of foreign(?! trade)|foreign minister|secretary of state(?! for (?!foreign))(?! of (?!the united states))|minister of defen)/i;
/**
 * An alias that starts in lower case ("the war in Ukraine"): the page's filter for the
 * background's words sees capitals only, and the Arabic article ("al-Badri"), which it sends too.
 */
const startsLower = (text: string) => text[0] !== text[0].toUpperCase() && !/^[ae]l[-‐ ]/.test(text);

/**
 * Whether an entity ships in the content script, so its marks come with the first scan,
 * or comes from the background one message later (the long tail: the gazetteer, Congress,
 * ministers and parties). Pages carry the core files, people who hold a leading office,
 * and any entity with an alias in lower case.
 */
export function shipsToPages(fileName: string, entity: Entity): boolean {
  if (PAGE_FILES.has(fileName)) return true;
  if (entity.aliases.some((a) => startsLower(typeof a === 'string' ? a : a.text))) return true;
  // A gazetteer place with a weak name ("Georgia" the U.S. state) sits beside the entity it
  // shares that name with, so the page's context can choose between them in the first scan; a
  // city named like a word ("Nice") shares it with no entity and stays in the background, as Tyre does.
  if (fileName.startsWith(GAZETTEER_FOLDER) && !WORD_NAMED_CITY_IDS.has(entity.id) && entity.aliases.some((a) => typeof a !== 'string' && a.weak)) return true;
  // So is an institution under a name many countries use: its context ships beside it (see `institutionContext`).
  if (entity.type === 'organization' && aliasesOf(entity).some(({ text }) => isGenericInstitution(text))) return true;
  if (entity.type !== 'person' || isGeneratedPeople(fileName)) return false;
  // Former holders come from the background: 350 predecessors made every page's script 20 KB larger.
  return entity.facts.some((f) => f.label === 'Office' && LEADING_OFFICE.test(f.value));
}

/**
 * The page index and the background's, from already valid entities: `aliases` point at
 * positions in `[...local, ...remote]`; the page index keeps the local entities and their
 * aliases, plus a filter of the first words that start the others' aliases, and the remote
 * index numbers the rest from 0. Cards keep the same order, one JSON card a line.
 */
function indexEntities(local: readonly Entity[], remote: readonly Entity[], asOf: string, version: string, aliases: CompiledAlias[]): Omit<CompiledKnowledge, 'contexts'> {
  const localCount = local.length;
  const remotePacked = packIndex(aliases.filter((a) => a[1] >= localCount).map(([text, p, flags]): CompiledAlias => [text, p - localCount, flags]));
  return {
    version,
    asOf,
    headers: shipHeaders(local),
    aliases,
    packed: packIndex(aliases.filter((a) => a[1] < localCount)),
    remoteFilter: writeFilter(remotePacked.hashes),
    remote: { headers: shipHeaders(remote), packed: remotePacked, contexts: {} },
    cardLines: [...local, ...remote].map((entity) => JSON.stringify(toCard(entity))).join('\n'),
  };
}

/** Every alias of `entities` (each name first), pointing at its entity's place in the list. */
export function compiledAliases(entities: readonly Entity[]): CompiledAlias[] {
  return entities.flatMap((entity, position) => aliasesOf(entity).map(({ text, weak }): CompiledAlias => [text, position, weak ? 1 : 0]));
}

/** The entity as a card shows it: everything but its aliases. */
export function toCard(entity: Entity): CardEntity {
  const { aliases: _aliases, ...card } = entity;
  return card;
}

function latest(dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a), '0000');
}

/** Turns `entities[412].name` in the combined list back into `people.json: entities[3].name`. */
function locate(path: string, names: string[], counts: number[]): string {
  const match = /^entities\[(\d+)\](.*)$/.exec(path);
  if (!match) return path;
  let index = Number(match[1]);
  for (let f = 0; f < names.length; f++) {
    if (index < counts[f]) return `${names[f]}: entities[${index}]${match[2]}`;
    index -= counts[f];
  }
  return path;
}

/** Whether a page entity's alias stays its own, rather than shared with other countries' bodies (see `withGenericShortNames`). */
const keepsFromOthers = ({ text, weak }: { text: string; weak: boolean }) => !(weak && isSharedInstitutionName(text));
