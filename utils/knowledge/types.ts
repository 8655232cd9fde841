/**
 * The kinds of thing the extension marks; also the reader's category switches. Weapon systems
 * came last (HIMARS, Shahed, Patriot): war news names them as often as the units that use them.
 * New kinds go at the end: a type is shipped as its place in this list.
 */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'weapon'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Fact {
  label: string;
  value: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export interface Source {
  title: string;
  url: string;
}

export type Alias = string | { text: string; weak?: boolean };

/** One entity as written in a knowledge file or a user's pack. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Alias[];
  description: string;
  facts: Fact[];
  sources: Source[];
  asOf: string;
  related?: string[];
}

/** A knowledge file or pack: `{ version, asOf, entities }`. */
export interface KnowledgePack {
  version: string;
  asOf: string;
  entities: Entity[];
}

/** What a card shows: the entity without its aliases. */
export type CardEntity = Omit<Entity, 'aliases'>;

/**
 * One alias in the compiled index: its text, the entity's position, and its flags (see
 * `AliasFlag`): weak, an acronym that is also an English word, and the cue groups that fit.
 */
export type CompiledAlias = [text: string, entity: number, flags: number];

/** What a page needs of every entity before any card opens. */
export type EntityHeader = Pick<Entity, 'id' | 'type' | 'name'>;

/**
 * The compact form the content script loads, built once at build time from every knowledge
 * file: entity headers, and the alias index packed so a page decodes only what it meets.
 */
export interface CompiledIndex {
  version: string;
  asOf: string;
  headers: import('./entity-table.ts').ShippedHeaders;
  /** The alias index by first word, prepared at build time. */
  packed: import('../matching/packed-index.ts').PackedIndex;
  /** First words of the background's aliases, as a base64 bit filter (see `remote-filter.ts`). */
  remoteFilter: string;
  /** For places that share a name or have a weak one: names on a page that say it is this place (see `placeContexts`). */
  contexts: Record<string, string[]>;
  /** For the bodies pages carry under a weak everyday name ("Tisza"): what is tied to them (see `tieContexts`). */
  tieContexts?: Record<string, string[]>;
  /** Every country pages carry, by its name, with the names an article may give it (see `countryNames`). */
  countries?: Record<string, string[]>;
  /** The words for each country's people and things ("Argentine"), by the country's name (see `countryDemonyms`). */
  demonyms?: Record<string, string[]>;
  /** The towns pages carry, grouped by their country's name (see `townCountries`). */
  towns?: Record<string, string>;
  /** States, provinces and nations that may follow a town's name, with their country (see `regionQualifiers`). */
  qualifiers?: Record<string, string>;
}

/**
 * The knowledge pages do not carry (the gazetteer's places): the background holds it and
 * answers a page's request for the buckets of words the page met.
 */
export interface RemoteIndex {
  headers: import('./entity-table.ts').ShippedHeaders;
  packed: import('../matching/packed-index.ts').PackedIndex;
  /** Context names of the background's institutions that go by a shared short name (see `institutionContexts`), by id. */
  contexts: Record<string, string[]>;
  /** Context names of the background's bodies that go by a weak everyday name ("Arsenal"; see `tieContexts`), by id. */
  tieContexts?: Record<string, string[]>;
  /** The background's towns, grouped by their country's name (see `townCountries`). */
  towns?: Record<string, string>;
}

/**
 * What the build produces: the index for pages, and the cards' text (aligned with
 * `entities`), which only the background holds and serves a page's mentions from.
 */
export interface CompiledKnowledge extends CompiledIndex {
  /** Every card as one JSON text a line, the page index's entities first, then the remote ones. */
  cardLines: string;
  remote: RemoteIndex;
  /** Every alias as text, pointing at entity positions in `cardLines`' order (for tools and tests). */
  aliases: CompiledAlias[];
}
