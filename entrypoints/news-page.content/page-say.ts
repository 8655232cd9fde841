/**
 * What the mention store asks of the page's context (see `PlaceContext`): each a question about
 * one entity, answered from the article's text and the knowledge. Only the first two are
 * needed; tests give what their case asks.
 */
export interface PageSay {
  /** Whether the page's context has a say on this entity's shared or weak name. */
  has(entity: number): boolean;
  /** How many of its context names the article holds. */
  score(entity: number): number;
  /** 1 for an institution of the site's own country, where the story names no other. */
  site?(entity: number): number;
  /** Whether a name ends with a country's ("In Britain"). */
  namesCountry?(name: string): boolean;
  /** The country a demonym is of ("Indonesian": Indonesia), or null. */
  demonymCountry?(word: string): string | null;
  /** Whether an institution is the country's that `name` ends with ("Japan" and Japan's lower house). */
  isCountrysBody?(entity: number, name: string): boolean;
  /** Whether an institution is another country's than the story's (see `PlaceContext.belongsElsewhere`). */
  belongsElsewhere?(entity: number): boolean;
  /** Whether what is tied to it settles its weak name (a club, a party). */
  settledByTies?(entity: number): boolean;
  isPerson?(entity: number): boolean;
  /** The entity's display name ("Martín Menem"). */
  nameOf?(entity: number): string;
  isBody?(entity: number): boolean;
  isPlace?(entity: number): boolean;
  /** Of a place: whether it is a country (a town's or a region's name a sports page may give its team). */
  isCountry?(entity: number): boolean;
}
