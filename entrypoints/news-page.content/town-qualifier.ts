import bundled from 'virtual:knowledge-index';
import type { EntityTable } from '@/utils/knowledge/entity-table';
import { withoutQualifier } from '@/utils/knowledge/place-contexts';
import { readTownCountries } from '@/utils/knowledge/town-countries';
import type { TextMatch } from '@/utils/matching/match';
import { qualifiedTown, qualifierAfter, qualifierReading, type Qualifier } from '@/utils/matching/qualified-town';

/**
 * The page's say on a town named with its state or country after a comma (see
 * `qualifiedTown`): "Moscow, Idaho" is no mention of Moscow, and "Toledo, Ohio" is the
 * American Toledo. Knows where the towns pages carry are, and the background's towns once
 * they come (`addTowns`).
 */
export class TownQualifier {
  private readonly towns: Map<string, string>;
  private qualifiers: Map<string, Qualifier> | null = null;

  constructor(
    private readonly entities: () => EntityTable,
    towns: Readonly<Record<string, string>> | undefined = bundled.towns,
    private readonly regions: Readonly<Record<string, string>> = bundled.qualifiers ?? {},
    private readonly countries: Readonly<Record<string, readonly string[]>> = bundled.countries ?? {},
  ) {
    this.towns = readTownCountries(towns);
  }

  /** Where the background's towns are, as its reply gives them. */
  addTowns(towns: readonly (readonly [id: string, country: string])[]): void {
    for (const [id, country] of towns) this.towns.set(id, country);
  }

  /** Built on first need: most pages never name a town before a comma. */
  private qualifierOf = (name: string): Qualifier | undefined => {
    if (this.qualifiers === null) {
      const out = new Map<string, Qualifier>();
      for (const [country, names] of Object.entries(this.countries)) for (const n of names) out.set(n, { countries: [country], isCountry: true });
      for (const [country, names] of Object.entries(this.regions)) for (const name of names.split('|')) {
        const known = out.get(name);
        out.set(name, known ? { countries: [...known.countries, country], isCountry: known.isCountry } : { countries: [country], isCountry: false });
      }
      this.qualifiers = out;
    }
    return this.qualifiers.get(name);
  };

  private readonly countryOf = (entity: number) => (this.entities().type(entity) === 'place' ? this.towns.get(this.entities().id(entity)) : undefined);

  /**
   * The reading a town just judged gives the shared qualifier after it ("Athens, Georgia": the
   * U.S. state), for that qualifier's own match, which comes next.
   */
  private next: { node: Text; at: number; reading: 'country' | 'region' } | null = null;

  /** Whether the qualifier's match at this point is to be judged again (see `Scanner.scanForNew`). */
  awaits(node: Text, at: number): boolean {
    return this.next !== null && this.next.node === node && this.next.at === at;
  }

  /**
   * For a place's match: the entity its qualifier says it is, null when the qualifier says it is
   * none the knowledge has, undefined when there is no qualifier or it says nothing.
   */
  judge(nodes: readonly Text[], match: Readonly<TextMatch>): number | null | undefined {
    if (this.entities().type(match.entity) !== 'place') return undefined;
    const node = nodes[match.startPart];
    if (this.awaits(node, match.startOffset)) return this.read(match, this.next!.reading);
    const text = nodes[match.endPart].data;
    // A cheap test first: most names are not followed by a comma.
    if (text.charCodeAt(match.endOffset) !== 44) return this.elsewhereOr(match);
    const start = match.startPart === match.endPart ? match.startOffset : 0;
    const candidates = [match.entity, ...match.alternatives];
    // A country's name, whatever else (a surname: "Jordan") it may be, as no place but the country is meant by it.
    const places = candidates.filter((c) => this.entities().type(c) === 'place');
    const countryName = places.length > 0 && places.every(this.isCountry);
    const qualifier = qualifierAfter(text, start, match.endOffset, this.qualifierOf, countryName);
    if (qualifier === null) return this.elsewhereOr(match);
    if (countryName) return this.countryAsTown(qualifier, candidates, nodes[match.endPart], match.endOffset);
    const town = qualifiedTown(candidates, this.countryOf, qualifier);
    if (town === null) for (const candidate of candidates) if (!this.elsewhere.has(candidate)) this.placeElsewhere(candidate);
    if (town === undefined) return undefined;
    const reading = qualifierReading(qualifier, town === null ? null : (this.countryOf(town) ?? null));
    this.next = { node: nodes[match.endPart], at: match.endOffset + 2, reading };
    return town;
  }

  /**
   * Towns the page has put elsewhere ("Moscow, Idaho"): the story's later "Moscow police said"
   * is that town too, not the capital the knowledge has, so it is left unmarked as well.
   */
  private readonly elsewhere = new Set<number>();
  /** Those put elsewhere since the store last asked: only they can unmark what it holds. */
  private readonly newlyElsewhere: number[] = [];

  private placeElsewhere(entity: number): void {
    this.elsewhere.add(entity);
    this.newlyElsewhere.push(entity);
  }

  /** The towns put elsewhere since the last call, for the store to unmark where an earlier line named them alone. */
  takePlacedElsewhere(): number[] {
    return this.newlyElsewhere.splice(0);
  }

  /** A name with no qualifier of its own: null where the page put its towns elsewhere, undefined (nothing said) otherwise. */
  private elsewhereOr(match: Readonly<TextMatch>): null | undefined {
    return this.elsewhere.size > 0 && this.elsewhere.has(match.entity) && match.alternatives.every((a) => this.elsewhere.has(a)) ? null : undefined;
  }

  private readonly isCountry = (entity: number) => this.countries[this.entities().name(entity)] !== undefined;

  /**
   * A country's name with another country's state after it ("Lebanon, Pennsylvania") is a
   * town the knowledge lacks, and the state is the state. A country after it ("Ukraine,
   * Russia.") or its own state ("Canada, Ontario") says nothing.
   */
  private countryAsTown(qualifier: Qualifier, countries: readonly number[], node: Text, end: number): null | undefined {
    if (qualifier.isCountry || countries.some((c) => qualifier.countries.includes(this.entities().name(c)))) return undefined;
    this.next = { node, at: end + 2, reading: 'region' };
    return null;
  }

  /**
   * The candidate that is the country named so, or the one that is not (the state): a state
   * before a town of its name ("Buffalo, New York": the state, not the city).
   */
  private read(match: Readonly<TextMatch>, reading: 'country' | 'region'): number | undefined {
    this.next = null;
    const candidates = [match.entity, ...match.alternatives].filter((entity) => this.isCountry(entity) === (reading === 'country'));
    return reading === 'region' ? (candidates.find(this.namesRegion) ?? candidates[0]) : candidates[0];
  }

  /** Whether an entity's name, without its qualifier ("New York (U.S. state)"), is a state's or a region's as a qualifier. */
  private readonly namesRegion = (entity: number): boolean => {
    return this.qualifierOf(withoutQualifier(this.entities().name(entity)))?.isCountry === false;
  }
}
