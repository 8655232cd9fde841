/**
 * Events that come back under one name: "the Dutch general election" is 2023's in a 2023 story
 * and 2025's in a 2025 one, and news rarely writes the year. The build gives each year-named
 * event its name without the year as a dated name (see `AliasFlag.Dated`), and a page lets a
 * dated name stand only for the event of the year the page is dated: a story with no date
 * gets none, as a card for another year's election would be wrong, not just missing.
 */

/** "2025 Dutch general election", "2025–26 Myanmar general election": the year (or years) first. */
const YEAR_FIRST = /^((?:19|20)\d\d)(?:[–-]((?:19|20)?\d\d))? (.+)$/;
/** "Eurovision Song Contest 2026": the year last. */
const YEAR_LAST = /^(.+) ((?:19|20)\d\d)$/;

/** The years an event's name gives, first and last, or null for a name without a year at either end. */
export function nameYears(name: string): readonly [number, number] | null {
  const first = YEAR_FIRST.exec(name);
  if (first) {
    const from = Number(first[1]);
    // "2025–26": the century of the first year.
    const to = first[2] === undefined ? from : Number(first[2].length === 2 ? first[1].slice(0, 2) + first[2] : first[2]);
    return to >= from ? [from, to] : null;
  }
  const last = YEAR_LAST.exec(name);
  return last ? [Number(last[2]), Number(last[2])] : null;
}

/** A year-named event's name without its year ("Dutch general election"), or null. */
export function withoutYear(name: string): string | null {
  return YEAR_FIRST.exec(name)?.[3] ?? YEAR_LAST.exec(name)?.[1] ?? null;
}

/**
 * Whether a dated name may stand for the event named `name` on a page dated `published`
 * (YYYY-MM-DD, or null where the page gives none): the event's years hold the page's.
 */
export function fitsPageYear(name: string, published: string | null): boolean {
  const years = published === null ? null : nameYears(name);
  if (years === null) return false;
  const year = Number(published!.slice(0, 4));
  return years[0] <= year && year <= years[1];
}

/** Whether an alias entry may stand on this page: any undated one, a dated one only for an event of the page's year (see `AliasIndex.datedFits`). */
export function standsThisYear(entry: { readonly dated: boolean; readonly entity: number }, datedFits: ((entity: number) => boolean) | undefined): boolean {
  return !entry.dated || (datedFits?.(entry.entity) ?? false);
}
