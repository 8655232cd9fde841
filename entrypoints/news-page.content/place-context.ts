import bundled from 'virtual:knowledge-index';
import type { EntityTable } from '@/utils/knowledge/entity-table';
import { siteCountry } from '@/utils/matching/site-country';
import { findArticleRoot } from './article-root';
import { leadingCountry } from './leading-country';

const LETTER = /[\p{L}\p{N}]/u;

/** Whether `text` holds `name` as a whole word or phrase (not "Atlantan" for "Atlanta"). */
export function holdsName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = at + name.length < text.length ? text[at + name.length] : ' ';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

/**
 * The page's own say in which place or institution a shared or weak name means: how many of
 * its context names (see `placeContexts`) the article holds. The page's text is read once, the first
 * time a scan meets such a name (most pages never do), and again after each full rescan.
 */
export class PlaceContext {
  private text: string | null = null;
  private readonly scores = new Map<number, number>();

  constructor(
    private readonly entities: () => EntityTable,
    // The article, as the scan reads it: a sidebar about London says nothing of the story's Labour Party.
    private readonly readText: () => string = () => findArticleRoot(document)?.textContent ?? '',
    private readonly contexts: Readonly<Record<string, readonly string[]>> = bundled.contexts ?? {},
    // A national site's own country (see `siteCountry`), and every country's names, to see that the story names no other.
    private readonly home: string | null = siteCountry(location.hostname, location.pathname),
    private readonly countries: Readonly<Record<string, readonly string[]>> = bundled.countries ?? {},
  ) {}

  private namesOtherCountry: boolean | null = null;
  /** The country the story names most (null: none leads), once asked for; undefined until then. */
  private leading: string | null | undefined = undefined;

  has(entity: number): boolean {
    const id = this.entities().id(entity);
    return id !== undefined && id in this.contexts;
  }

  score(entity: number): number {
    let score = this.scores.get(entity);
    if (score !== undefined) return score;
    const names = this.contexts[this.entities().id(entity) ?? ''] ?? [];
    if (names.length > 0) this.text ??= this.readText();
    score = this.isOtherCountrys(names) ? 0 : names.filter((name) => holdsName(this.text!, name)).length;
    this.scores.set(entity, score);
    return score;
  }

  /**
   * Whether these context names are an institution's of one country (its names lead them)
   * while the story is about another: a "Supreme Court" in a story that names Estonia four
   * times and Russia three is Estonia's, which the knowledge may lack, never Russia's.
   */
  private isOtherCountrys(names: readonly string[]): boolean {
    const own = Object.keys(this.countries).find((country) => names.includes(country));
    if (own === undefined) return false;
    if (this.leading === undefined) this.leading = leadingCountry(this.text ?? '', this.countries);
    return this.leading !== null && this.leading !== own;
  }

  /**
   * 1 for an institution of the site's own country ("Parliament" on a Canadian site), when the
   * story names no other country: a national site's unqualified "Supreme Court" is its own. 0
   * everywhere else, and on international sites, which have no home country.
   */
  site(entity: number): number {
    if (this.home === null || !(this.contexts[this.entities().id(entity) ?? ''] ?? []).includes(this.home)) return 0;
    if (this.namesOtherCountry === null) {
      this.text ??= this.readText();
      const text = this.text;
      this.namesOtherCountry = Object.entries(this.countries).some(([country, names]) => country !== this.home && names.some((name) => holdsName(text, name)));
    }
    return this.namesOtherCountry ? 0 : 1;
  }

  /** The page changed as a whole (a full rescan): read it again when next asked. */
  reset(): void {
    this.text = null;
    this.namesOtherCountry = null;
    this.leading = undefined;
    this.scores.clear();
  }
}
