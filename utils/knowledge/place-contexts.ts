import { foldString } from '../matching/chars.ts';
import { isGenericInstitution, isYearAndKind } from './generic-names.ts';
import { isSharedInstitutionName } from './generic-short-names.ts';
import { aliasesOf, factOf } from './validate.ts';
import type { Entity } from './types.ts';

/** Names kept per place: enough for its largest towns and best-known people, small enough for every page to carry. */
export const MAX_CONTEXT_NAMES = 30;
/**
 * Names kept for an event under its year and kind ("2024 general election"): its country's
 * names, capital and leaders come first and say whose it is; its candidates add little, and
 * every page carries its own events' contexts.
 */
const MAX_EVENT_CONTEXT_NAMES = 8;
/** Shorter names match inside too many other words to say anything. */
const MIN_CONTEXT_NAME = 4;
/**
 * Whether a name is long enough to say something as context, or a country's or body's short
 * acronym ("UK", "US", "NFL"), which news writes more than the name.
 */
export const saysEnough = (name: string) => name.length >= MIN_CONTEXT_NAME || /^\p{Lu}{2,3}$/u.test(name);

export const TIE_RANK: Record<Entity['type'], number> = { person: 0, organization: 1, place: 2, event: 3, weapon: 4 };

const population = (entity: Entity) => Number(factOf(entity, 'Population')?.replace(/[^\d].*$/, '').replace(/,/g, '') ?? 0) || 0;

/**
 * For each place (and institution; see `institutionContext`) a page may meet under a name it shares ("Georgia": the country and the U.S.
 * state) or under a weak name ("Virginia"): names that, found on the same page, say this is
 * the place meant. Those are the places inside it (Atlanta for the state; Tbilisi for the
 * country), the entities tied to it (Georgian Dream, Kobakhidze), and its own ties other than
 * countries (the White House for Washington, D.C.). Worked out at build time for the places
 * pages carry; a name that contains the place's own (New York City for New York) says nothing.
 */
export function placeContexts(pageEntities: readonly Entity[], all: readonly Entity[], rankAndFile: RankAndFile = () => false): Record<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const entity of all) for (const { text } of aliasesOf(entity)) {
    const key = foldString(text);
    const set = owners.get(key) ?? new Set<string>();
    set.add(entity.id);
    owners.set(key, set);
  }
  const { byId, places, tiedTo } = relations(all);
  // A capital's country says which of the places sharing its name is meant: "Washington" in a story that names the United States.
  const countries = all.filter(isCountry);
  const countryOfCapital = new Map(countries.map((c) => [factOf(c, 'Capital'), c] as const));
  const countryNames = new Set(countries.flatMap((c) => aliasesOf(c).map(({ text }) => foldString(text))));
  const countryByName = new Map(countries.map((c) => [c.name, c] as const));
  const out: Record<string, string[]> = {};
  for (const entity of pageEntities) {
    if (entity.type !== 'organization' && entity.type !== 'event') continue;
    const atHome = homeShortNames(entity, byId);
    const context = institutionContext(entity, byId, tiedTo, places, (text) => isGenericInstitution(text) || isYearAndKind(text) || atHome.has(text), rankAndFile);
    if (context.length > 0) out[entity.id] = context;
  }
  for (const place of pageEntities) {
    if (place.type !== 'place') continue;
    const names = aliasesOf(place);
    const contested = names.some(({ text, weak }) => weak || (owners.get(foldString(text))?.size ?? 0) > 1);
    if (!contested) continue;
    const own = names.map(({ text }) => foldString(text));
    const bare = own.filter((n) => !n.includes('('));
    const region = withoutQualifier(place.name);
    const country = factOf(place, 'Country');
    const within = isCountry(place)
      ? (e: Entity) => factOf(e, 'Country') === place.name
      : (e: Entity) => country !== undefined && factOf(e, 'Region') === region && factOf(e, 'Country') === country;
    const inside = all.filter((e) => e.type === 'place' && e !== place && within(e)).sort((a, b) => population(b) - population(a));
    const isInside = new Set(inside);
    // People and bodies tied to the place before its landmarks, and those before events (whose long names pages rarely repeat).
    const ties = [
      ...(tiedTo.get(place.id) ?? []).filter((e) => !isInside.has(e) && !isCountry(e)).sort((a, b) => TIE_RANK[a.type] - TIE_RANK[b.type] || population(b) - population(a)),
      ...(place.related ?? []).map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined && !isCountry(e)),
    ];
    const usable = (e: Entity) => e.name.length >= MIN_CONTEXT_NAME && !bare.some((n) => containsWords(foldString(e.name), n));
    // Half towns, half ties: a country's hundred villages must not crowd out its capital and leaders.
    const half = MAX_CONTEXT_NAMES / 2;
    const fromTies = ties.filter(usable).slice(0, half);
    const fromInside = inside.filter(usable).slice(0, MAX_CONTEXT_NAMES - fromTies.length);
    const capital = factOf(place, 'Capital');
    const itsCountry = countryOfCapital.get(place.name);
    // And its leaders: "Washington" in a story that names Donald Trump is the capital, not the state.
    const itsCountryNames = itsCountry ? [...strongNames(itsCountry).filter(saysEnough), ...countryLeaders(itsCountry, tiedTo)] : [];
    // A town kept under a qualified name ("Norfolk (United States)") is written bare on a page.
    const context = [...new Set([...(capital ? [capital] : []), ...itsCountryNames, ...fromInside.map((e) => withoutQualifier(e.name)), ...fromTies.map((e) => e.name)])].slice(0, MAX_CONTEXT_NAMES);
    // A state named like a country ("Georgia"): a story that names its country's other states is about that country.
    if (isRegion(place) && bare.some((n) => countryNames.has(n))) context.push(...siblingRegions(place, all, owners));
    // A state named like a person and like nothing else ("Florida", "Alberta"): a story that names its country means the state.
    else if (isRegion(place) && country !== undefined && bare.every((n) => (owners.get(n)?.size ?? 0) === 1)) context.push(...countryStrongNames(countryByName.get(country)));
    if (context.length > 0) out[place.id] = context;
  }
  return out;
}

/** A country's strong names that say enough as context (none for a country the knowledge lacks). */
function countryStrongNames(country: Entity | undefined): string[] {
  return country ? strongNames(country).filter(saysEnough) : [];
}

/** A place's name without the qualifier the gazetteer adds to a shared one: "Georgia" for "Georgia (U.S. state)". */
export const withoutQualifier = (name: string) => name.replace(/ \(.*\)$/, '');

/** A state, province, oblast or other first-level region (the gazetteer's regions). */
export const isRegion = (entity: Entity) => entity.type === 'place' && factOf(entity, 'Type') === 'First-level administrative region';

/** The other first-level regions of a region's country that go by a name no other entity has ("Alabama", not "Washington"). */
function siblingRegions(region: Entity, all: readonly Entity[], owners: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const country = factOf(region, 'Country');
  const own = (e: Entity) => (owners.get(foldString(e.name))?.size ?? 0) === 1;
  return all.filter((e) => e !== region && isRegion(e) && factOf(e, 'Country') === country && own(e)).map((e) => e.name);
}

/** Most of a country's leaders an institution's context names. */
const MAX_LEADERS = 4;

/**
 * People whose current office is the country's own: "President of France", "Prime Minister of
 * the United Kingdom". Each by their full name and by the family name their writer gave them as
 * a strong alias of its own: a story names "President Trump" or "Mr Macron" more often than
 * the full name, and "the Senate" beside "Trump" is the U.S. Senate.
 */
function countryLeaders(country: Entity, tiedTo: Map<string, Entity[]>): string[] {
  const office = new RegExp(`^(President|Prime Minister|Chancellor|Head of State) of (the )?(${aliasesOf(country).map(({ text }) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
  const leads = (person: Entity) => person.facts.some((f) => f.label === 'Office' && f.to === undefined && office.test(f.value));
  return (tiedTo.get(country.id) ?? []).filter((e) => e.type === 'person' && leads(e)).slice(0, MAX_LEADERS).flatMap((e) => [e.name, ...ownFamilyName(e)]);
}

/**
 * A person's family name, where their entry gives it as a strong alias of four letters or more
 * ("Trump" of Donald Trump). The name's last word, not `familyNameOf`, which turns down a
 * lower-case article ("al-Sudani", "al-Sharaa") that Iraq's and Syria's stories name them by.
 */
function ownFamilyName(person: Entity): string[] {
  const family = person.name.split(' ').at(-1) ?? '';
  return family.length >= 4 && aliasesOf(person).some(({ text, weak }) => !weak && text === family) ? [family] : [];
}

/** A capital's name and its entity's strong aliases, if the knowledge has it under that name. */
function capitalNames(capital: string | undefined, places: Map<string, Entity>): string[] {
  if (capital === undefined) return [];
  const entity = places.get(capital);
  return [capital, ...(entity ? aliasesOf(entity).filter(({ weak }) => !weak).map(({ text }) => text) : [])];
}

/** Each entity by id, each place by name, and the entities tied to each (those whose `related` names it). */
export function relations(all: readonly Entity[]): { byId: Map<string, Entity>; places: Map<string, Entity>; tiedTo: Map<string, Entity[]> } {
  const byId = new Map(all.map((e) => [e.id, e]));
  const places = new Map(all.filter((e) => e.type === 'place').map((e) => [e.name, e]));
  const tiedTo = new Map<string, Entity[]>();
  for (const entity of all) for (const id of entity.related ?? []) {
    const list = tiedTo.get(id) ?? [];
    list.push(entity);
    tiedTo.set(id, list);
  }
  return { byId, places, tiedTo };
}

/**
 * The context of each institution in `entities` that goes by a name many countries use, by id:
 * for the background's institutions, which get their short name at home at build time (see
 * `withGenericShortNames`) and send its context to a page with the buckets that name them.
 */
export function institutionContexts(entities: readonly Entity[], all: readonly Entity[], rankAndFile: RankAndFile = () => false): Record<string, string[]> {
  const { byId, places, tiedTo } = relations(all);
  const out: Record<string, string[]> = {};
  for (const entity of entities) {
    if (entity.type !== 'organization' && entity.type !== 'event') continue;
    const context = institutionContext(entity, byId, tiedTo, places, (text) => isSharedInstitutionName(text) || isYearAndKind(text), rankAndFile);
    if (context.length > 0) out[entity.id] = context;
  }
  return out;
}

/**
 * Whether a person is one of a chamber's generated rank and file (Congress, the Commons): in a
 * body's context they come after the people written by hand, who are the ones news names (a
 * Labour story names Rachel Reeves, not the first 30 of 400 Labour MPs in alphabetical order).
 */
export type RankAndFile = (entity: Entity) => boolean;

/**
 * For an institution under a name many countries use ("Labour Party", "House of Commons";
 * see `isGenericInstitution`): its country by every name (here a country is exactly the
 * context: a Labour Party in a story about Britain), the country's capital, the people and
 * bodies tied to it, and its own ties. Of its people, those whose office names it come first
 * (the Speaker of the House): its 435 members would otherwise crowd them out.
 */
function institutionContext(entity: Entity, byId: Map<string, Entity>, tiedTo: Map<string, Entity[]>, places: Map<string, Entity>, shared = isGenericInstitution, rankAndFile: RankAndFile = () => false): string[] {
  if (!aliasesOf(entity).some(({ text }) => shared(text))) return [];
  const own = aliasesOf(entity).map(({ text }) => foldString(text));
  const longNames = aliasesOf(entity).map(({ text }) => text).filter((text) => text.length >= 6);
  // Of a party's sixty people, those most else is tied to come first: a Labour story names Rachel Reeves, tied to the Treasury and a dozen more, sooner than a former whip.
  const ties = (person: Entity) => tiedTo.get(person.id)?.length ?? 0;
  const leads = (person: Entity) => !rankAndFile(person) && person.facts.some((f) => f.label === 'Office' && f.to === undefined && longNames.some((name) => f.value.includes(name)));
  const related = (entity.related ?? []).map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined);
  const countries = related.filter(isCountry);
  const names = [
    // The capital by its other names too: "Washington" says "the Senate" is the U.S. Senate as "Washington, D.C." does.
    ...countries.flatMap((c) => [...aliasesOf(c).map((a) => a.text), ...capitalNames(factOf(c, 'Capital'), places)]),
    // Its country's leaders ("Prime Minister of the United Kingdom"): a Westminster story names Starmer, not Britain.
    ...countries.flatMap((c) => countryLeaders(c, tiedTo)),
    // What it is tied to by hand, before its people: the European Parliament's 30 MEPs had crowded out "European Union" and "Brussels".
    ...related.filter((e) => !isCountry(e)).map((e) => e.name),
    ...(tiedTo.get(entity.id) ?? []).filter((e) => e.type === 'person').sort((a, b) => Number(leads(b)) - Number(leads(a)) || Number(rankAndFile(a)) - Number(rankAndFile(b)) || ties(b) - ties(a)).map((e) => e.name),
  ];
  const usable = (name: string) => saysEnough(name) && !own.includes(foldString(name));
  const kept = [...new Set(names.filter(usable))];
  // A name that starts with another says nothing more ("Washington, D.C." where "Washington" is
  // already there): its place goes to one more person (the Senate's Chuck Schumer).
  return kept.filter((name) => !kept.some((other) => other !== name && holdsWords(name, other))).slice(0, entity.type === 'event' ? MAX_EVENT_CONTEXT_NAMES : MAX_CONTEXT_NAMES);
}

/**
 * An institution's weak names that are its full name without its country: "Congress" of "U.S.
 * Congress". News at home writes it so, as it writes "the Senate", and the country settles it.
 */
function homeShortNames(entity: Entity, byId: Map<string, Entity>): Set<string> {
  const countries = (entity.related ?? []).map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined && isCountry(e));
  const countryNames = countries.flatMap((c) => aliasesOf(c).map((a) => a.text));
  const names = aliasesOf(entity);
  const qualified = new Set(names.map(({ text }) => text));
  return new Set(names.filter(({ text, weak }) => weak && countryNames.some((country) => qualified.has(`${country} ${text}`))).map(({ text }) => text));
}

/**
 * Each country's strong names, by its own name ("United Kingdom": "UK", "Britain"…): a page
 * on a national site that names no other country is about the site's own (see
 * `PlaceContext.site`).
 */
export function countryNames(pageEntities: readonly Entity[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const country of pageEntities.filter(isCountry)) {
    out[country.name] = strongNames(country);
  }
  return out;
}

export const strongNames = (entity: Entity) => [...new Set(aliasesOf(entity).filter(({ weak }) => !weak).map(({ text }) => text))];

/**
 * Whether `name` starts with `other`, whole words ("Washington, D.C." with "Washington", "United
 * States of America" with "United States"); not at its end: "South Korea" says more than "Korea".
 */
function holdsWords(name: string, other: string): boolean {
  return name.startsWith(other) && !/[\p{L}\p{N}]/u.test(name[other.length] ?? '');
}

/** Whether `text` holds `words` as whole words ("new york city" holds "new york"; "georgian dream" does not hold "georgia"). */
function containsWords(text: string, words: string): boolean {
  return ` ${text} `.includes(` ${words} `);
}

/** Countries tie to too much of the news (every U.S. senator names the United States) to tell places apart. */
export function isCountry(entity: Entity): boolean {
  return entity.type === 'place' && entity.facts.some((f) => f.label === 'Capital' || f.label === 'Continent');
}
