import bundled from 'virtual:knowledge-index';
import type { EntityTable } from '@/utils/knowledge/entity-table';
import { MARK } from '@/utils/matching/letter-classes';
import { holdsName } from '@/utils/matching/name-edges';
import { siteCountry } from '@/utils/matching/site-country';
import { withoutQualifier } from '@/utils/knowledge/place-contexts';
import { contextNamesOf } from '@/utils/knowledge/shared-context-names';
import { findArticleRoot } from './article-root';
import { countryMentions, leader, personsNamedLikeCountries, withStatesNamedLikeCountries, type PersonsName } from './leading-country';

/** Text without its accents: "Peter Magyar" on a page names the "Péter Magyar" of a context. */
const MARKS = new RegExp(`[${MARK}]+`, 'g');
const withoutAccents = (text: string) => text.normalize('NFD').replace(MARKS, '');

/**
 * Region names that say their country: not an abbreviation ("Pa."), a phrase ("Georgia
 * state"), nor a name that is a country's, a capital's or a given name too.
 */
const REGIONS_NAMED_LIKE_OTHERS = new Set(['Georgia', 'Washington', 'Victoria', 'Virginia', 'Indiana']);
const saysItsCountry = (region: string) => region.length >= 4 && !region.includes('.') && !/ state$|^U\.S\. /.test(region) && !REGIONS_NAMED_LIKE_OTHERS.has(region);

/**
 * Bodies a state, province or nation has its own of ("the Texas House", Holyrood's Parliament):
 * a story that names the region says nothing of the country's. Its parties and Congress it shares.
 */
const STATES_HAVE_THEIR_OWN = /\b(?:Senate|House|Assembly|Parliament|Legislature|Court|Council|Government|Cabinet|Police)\b/;

/** A name written in capitals, as datelines write places ("WASHINGTON —"); not a short one, which capitals make an acronym. */
const inCapitals = (text: string, name: string) => name.length >= 4 && name !== name.toUpperCase() && holdsName(text, name.toUpperCase());

/**
 * How much of the article the context reads, about 16,000 words: a longer page is a live
 * page, whose later entries are other stories, and reading all of a 50k-word one cost 40 ms.
 */
export const CONTEXT_CHARS = 100_000;

/**
 * The page's own say in which place or institution a shared or weak name means: how many of
 * its context names (see `placeContexts`) the article holds. The page's text is read once, the first
 * time a scan meets such a name (most pages never do), and again after each full rescan.
 */
export class PlaceContext {
  private text: string | null = null;
  /** The text without accents, for context names (see `withoutAccents`). */
  private plain: string | null = null;
  private readonly scores = new Map<number, number>();

  constructor(
    private readonly entities: () => EntityTable,
    // The article, as the scan reads it: a sidebar about London says nothing of the story's Labour Party.
    private readonly readText: () => string = () => findArticleRoot(document)?.textContent ?? '',
    // A name many contexts share is a number: its place in `contextNames` (see `shareContextNames`).
    private readonly contexts: Readonly<Record<string, readonly (string | number)[]>> = bundled.contexts ?? {},
    // A national site's own country (see `siteCountry`), and every country's names, to see that the story names no other.
    private readonly home: string | null = siteCountry(location.hostname, location.pathname),
    private readonly countries: Readonly<Record<string, readonly string[]>> = bundled.countries ?? {},
    // The page's own bodies under a weak everyday name, settled by what is tied to them (see `tieContexts`).
    private readonly tieContexts: Readonly<Record<string, readonly string[]>> = bundled.tieContexts ?? {},
    // States, provinces and nations, by their country (see `regionQualifiers`).
    private readonly regions: Readonly<Record<string, string>> = bundled.qualifiers ?? {},
    private readonly demonyms: Readonly<Record<string, readonly string[]>> = bundled.demonyms ?? {},
    private readonly contextNames: readonly string[] = bundled.contextNames ?? [],
  ) {}

  /** The article's text, read once until released (see `release`), cut at `CONTEXT_CHARS`. */
  private pageText(): string {
    if (this.text === null) {
      const text = this.readText();
      this.text = text.length > CONTEXT_CHARS ? text.slice(0, CONTEXT_CHARS) : text;
    }
    return this.text;
  }

  /** Whether the story names a state, province or nation of each country asked about so far. */
  private readonly regionNamed = new Map<string, boolean>();

  private namesOtherCountry: boolean | null = null;
  /** How often the story names each country, once asked for; undefined until then. */
  private mentions: Map<string, number> | undefined = undefined;

  /** Context names the background sent with its entities (institutions under a shared short name). */
  private readonly sent = new Map<string, readonly string[]>();

  /** Ids of the sent bodies whose context is what is tied to them (see `tieContexts`). */
  private readonly byTies = new Set<string>();

  addContexts(contexts: readonly (readonly [id: string, names: readonly string[], byTies?: true])[]): void {
    for (const [id, names, byTies] of contexts) {
      this.sent.set(id, names);
      if (byTies) this.byTies.add(id);
    }
    // A score worked out before (with no context) would hide the new one.
    if (contexts.length > 0) this.scores.clear();
  }

  /** The shipped contexts read so far, by id. */
  private readonly read = new Map<string, readonly string[]>();

  private contextOf(entity: number): readonly string[] {
    const id = this.entities().id(entity) ?? '';
    const shipped = this.contexts[id];
    if (shipped === undefined) return this.tieContexts[id] ?? this.sent.get(id) ?? [];
    let names = this.read.get(id);
    if (names === undefined) this.read.set(id, (names = contextNamesOf(shipped, this.contextNames)));
    return names;
  }

  /**
   * Whether the entity's context is only what is tied to it (its league, its people): a looser
   * say than a place's towns, which settles its weak name in mid-sentence only (see `chooseEntity`).
   */
  settledByTies(entity: number): boolean {
    const id = this.entities().id(entity) ?? '';
    return this.tieContexts[id] !== undefined || (this.byTies.size > 0 && this.byTies.has(id));
  }

  /** Whether the entity is a person (a person's name after "his wife" is still theirs; see `readsAsPerson`). */
  isPerson(entity: number): boolean {
    return this.entities().type(entity) === 'person';
  }

  /** The entity's display name: a nickname's given name is read against a person's (see `notThisPerson`). */
  nameOf(entity: number): string {
    return this.entities().name(entity);
  }

  /** Whether the entity is a place (its type only: cheap, asked of every mention). */
  isPlace(entity: number): boolean {
    return this.entities().type(entity) === 'place';
  }

  /** Whether the place is a country (by name: asked only of a place whose words read as a team's; see `readsAsTeam`). */
  isCountry(entity: number): boolean {
    return this.countries[this.entities().name(entity)] !== undefined;
  }

  /** Whether the entity is an organisation (a body listed beside another settles it; see `MentionStore`). */
  isBody(entity: number): boolean {
    return this.entities().type(entity) === 'organization';
  }

  has(entity: number): boolean {
    return this.contextOf(entity).length > 0;
  }

  score(entity: number): number {
    let score = this.scores.get(entity);
    if (score !== undefined) return score;
    const names = this.contextOf(entity);
    if (names.length > 0) {
      this.plain ??= withoutAccents(this.pageText());
    }
    // A place keeps its say: "Washington" is the U.S. capital in a story about Ukraine that names the United States once.
    const type = this.entities().type(entity);
    const own = this.institutionCountry(entity, names);
    if (own !== undefined && this.isOtherCountrys(own)) score = 0;
    else {
      const plain = this.plain!;
      score = names.map(withoutAccents).filter((name) => holdsName(plain, name) || inCapitals(plain, name)).length;
      if (own !== undefined && !STATES_HAVE_THEIR_OWN.test(this.entities().name(entity))) score += this.regionSay(own);
      else if (type === 'place') score += this.otherStatesSay(entity, names);
    }
    this.scores.set(entity, score);
    return score;
  }

  /**
   * Whether an institution is another country's than the one the story is about (see
   * `isOtherCountrys`): a shared name ("Conservative Party", "Senate") that no candidate's
   * context settles then waits for that institution's full name (see `MentionStore.add`).
   */
  belongsElsewhere(entity: number): boolean {
    const own = this.institutionCountry(entity, this.contextOf(entity));
    return own !== undefined && this.isOtherCountrys(own);
  }

  /** Whether an institution is the country's that `name` ends with ("Japan", "In Britain"; see `namesCountry`). */
  isCountrysBody(entity: number, name: string): boolean {
    const own = this.institutionCountry(entity, this.contextOf(entity));
    return own !== undefined && (this.countries[own] ?? []).some((country) => name === country || name.endsWith(` ${country}`));
  }

  /** An institution's own country (see `ownCountry`); undefined for a place or a person, whose say is kept. */
  private institutionCountry(entity: number, names: readonly string[]): string | undefined {
    return this.entities().type(entity) === 'organization' ? this.ownCountry(names) : undefined;
  }

  /** The country a context names (its names lead the context); undefined for a body of none. */
  private ownCountry(names: readonly string[]): string | undefined {
    // The first country named: South Korea's Joint Chiefs of Staff name North Korea too, after it.
    return names.find((name) => Object.hasOwn(this.countries, name));
  }

  /**
   * Whether the story is about another country than the institution's own: a "Supreme Court"
   * in a story that names Estonia four times and Russia three is Estonia's, which the knowledge
   * may lack, never Russia's.
   */
  private isOtherCountrys(own: string): boolean {
    // A country's people and things say it too, half as much: "Argentine voters", "Filipinos".
    if (this.mentions === undefined) {
      const [text, regions] = [this.pageText(), this.sayingRegions()];
      this.mentions = withStatesNamedLikeCountries(countryMentions(text, this.countries, this.demonyms, regions, (this.personsName ??= personsNamedLikeCountries(this.entities(), this.countries))), this.regions, regions, text);
    }
    const lead = leader(this.mentions);
    return lead !== null && lead !== own;
  }

  /** Whether a known person's name is these two words (see `PersonsName`): built on first need. */
  private personsName: PersonsName | null = null;

  private regionsByCountry: Record<string, string[]> | null = null;

  /** The regions that say their country (see `saysItsCountry`), as lists: one object per page, so its pattern is built once. */
  private sayingRegions(): Record<string, string[]> {
    this.regionsByCountry ??= Object.fromEntries(Object.entries(this.regions).map(([country, names]) => [country, names.split('|').filter(saysItsCountry)]));
    return this.regionsByCountry;
  }

  /**
   * 1 where the story names a state, province or nation of the institution's country: a story
   * on a Senate vote names the senators' states ("Durbin (Illinois)"), not the United States,
   * and its "Democrats" are still the U.S. party.
   */
  private regionSay(own: string): number {
    let named = this.regionNamed.get(own);
    if (named === undefined) {
      named = (this.sayingRegions()[own] ?? []).some((region) => holdsName(this.text!, region));
      this.regionNamed.set(own, named);
    }
    return named ? 1 : 0;
  }

  /**
   * 1 where a state named like a person ("Florida"), whose context is its country's names,
   * stands among the names of its country's other states: "governor, including in Florida and
   * Arizona", "instead of Florida and Texas". Its own name says nothing for it.
   */
  private otherStatesSay(entity: number, names: readonly string[]): number {
    const country = this.ownCountry(names);
    if (country === undefined) return 0;
    const own = withoutQualifier(this.entities().name(entity));
    const regions = (this.regions[country] ?? '').split('|');
    if (!regions.includes(own)) return 0;
    return regions.some((region) => region !== own && saysItsCountry(region) && holdsName(this.text!, region)) ? 1 : 0;
  }

  /**
   * 1 for an institution of the site's own country ("Parliament" on a Canadian site), when the
   * story names no other country: a national site's unqualified "Supreme Court" is its own. 0
   * everywhere else, and on international sites, which have no home country.
   */
  site(entity: number): number {
    if (this.home === null || !this.contextOf(entity).includes(this.home)) return 0;
    if (this.namesOtherCountry === null) {
      const text = this.pageText();
      this.namesOtherCountry = Object.entries(this.countries).some(([country, names]) => country !== this.home && names.some((name) => holdsName(text, name)));
    }
    return this.namesOtherCountry ? 0 : 1;
  }

  private countryNames: Set<string> | null = null;
  private byDemonym: Map<string, string> | null = null;

  /** The country a demonym is of ("Indonesian": Indonesia; see `demonymCountry` in `possessor.ts`). */
  demonymCountry(word: string): string | null {
    this.byDemonym ??= new Map(Object.entries(this.demonyms).flatMap(([country, words]) => words.map((w) => [w, country] as const)));
    return this.byDemonym.get(word) ?? null;
  }

  /** Whether `name` ends with a country's name ("Romania", "the United Kingdom", "In Britain"). */
  namesCountry(name: string): boolean {
    this.countryNames ??= new Set(Object.values(this.countries).flat());
    const words = name.split(' ');
    for (let i = 0; i < words.length; i++) if (this.countryNames.has(words.slice(i).join(' '))) return true;
    return false;
  }

  /**
   * Drops the page's text, held only while a scan asks about it: a 50k-word live page's text
   * and its unaccented copy are 0.8 MB of heap. The answers stay; a new question reads again.
   */
  release(): void {
    this.text = null;
    this.plain = null;
  }

  /** The page changed as a whole (a full rescan): read it again when next asked. */
  reset(): void {
    this.release();
    this.regionNamed.clear();
    this.namesOtherCountry = null;
    this.mentions = undefined;
    this.scores.clear();
  }
}
