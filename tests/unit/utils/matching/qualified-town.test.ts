import { describe, expect, it } from 'vitest';
import { qualifiedTown, qualifierAfter, qualifierReading, type Qualifier } from '@/utils/matching/qualified-town';

const QUALIFIERS: Record<string, Qualifier> = {
  Idaho: { countries: ['United States'], isCountry: false },
  Texas: { countries: ['United States'], isCountry: false },
  'New Hampshire': { countries: ['United States'], isCountry: false },
  Washington: { countries: ['United States'], isCountry: false },
  Ontario: { countries: ['Canada'], isCountry: false },
  'Ga.': { countries: ['United States'], isCountry: false },
  'N.Y.': { countries: ['United States'], isCountry: false },
  Georgia: { countries: ['Georgia', 'United States'], isCountry: true },
  Ukraine: { countries: ['Ukraine'], isCountry: true },
  'U.S.': { countries: ['United States'], isCountry: true },
  'Bosnia and Herzegovina': { countries: ['Bosnia and Herzegovina'], isCountry: true },
  Pennsylvania: { countries: ['United States'], isCountry: false },
};
const qualifierOf = (name: string) => QUALIFIERS[name];

/** The qualifier's countries after the first occurrence of `town` in `text`, or null. */
function after(text: string, town: string, strict = false): readonly string[] | null {
  const start = text.indexOf(town);
  return qualifierAfter(text, start, start + town.length, qualifierOf, strict)?.countries ?? null;
}

describe('qualifierAfter: the state or country written after a town', () => {
  it.each([
    ['students in Moscow, Idaho, were killed', 'Moscow', ['United States']],
    ['the trial in Moscow, Idaho.', 'Moscow', ['United States']],
    ['a plant near Berlin, New Hampshire, closed', 'Berlin', ['United States']],
    ['Residents of Paris, Texas, and Lebanon went to vote', 'Paris', ['United States']],
    ['born in London, Ontario in 1990', 'London', ['Canada']],
    // The Associated Press's abbreviations, with their full stop, also where it ends the sentence.
    ['police in Athens, Ga., said on Monday', 'Athens', ['United States']],
    ['a storm reached Athens, Ga. It moved on.', 'Athens', ['United States']],
    ['ROME, N.Y. (AP) — A fire', 'ROME', ['United States']],
    ['prosecutors in Athens, Georgia, said', 'Athens', ['Georgia', 'United States']],
    ['a visit to Kyiv, Ukraine.', 'Kyiv', ['Ukraine']],
    ['KYIV, Ukraine — The president said', 'KYIV', ['Ukraine']],
    ['talks in Mostar, Bosnia and Herzegovina, ended', 'Mostar', ['Bosnia and Herzegovina']],
  ])('%s: after %s', (text, town, countries) => {
    expect(after(text, town)).toEqual(countries);
  });

  it.each([
    // Lists of places, and a country that opens the next clause.
    ['talks between Brussels, Ukraine and Poland', 'Brussels'],
    ['envoys from Kyiv, Moscow, Ukraine, and Georgia', 'Moscow'],
    ['In Brussels, Ukraine pressed for more aid', 'Brussels'],
    ['In Moscow, Georgia and Armenia were discussed', 'Moscow'],
    ['In Washington, Ukraine’s envoy met officials', 'Washington'],
    ['In Moscow, U.S. envoy Steve Witkoff met Putin', 'Moscow'],
    ['In Moscow, Idaho’s governor spoke', 'Moscow'],
    // A list that says it goes on: two capitals, not a town of Washington state.
    ['classified as terrorist by Ankara, Washington and other allies', 'Ankara'],
    ['backed by Kyiv, Washington, and their partners', 'Kyiv'],
    // Nothing known after the comma, or no comma at all.
    ['flights to Moscow, Beijing and Delhi', 'Moscow'],
    ['Moscow and Idaho', 'Moscow'],
    ['in Moscow,Idaho', 'Moscow'],
  ])('%s: no qualifier after %s', (text, town) => {
    expect(after(text, town)).toBeNull();
  });

  it.each([
    ['a plant in Lebanon, Pennsylvania, closed', ['United States']],
    ['born in Mexico, Texas.', ['United States']],
    ['from Mexico, Texas and Arizona', null],
    ['In Mexico, Texas officials sent aid', null],
  ])('reads a state strictly after a country\'s name: %s', (text, countries) => {
    const town = text.includes('Lebanon') ? 'Lebanon' : 'Mexico';
    expect(after(text, town, true)).toEqual(countries);
  });
});

describe('qualifiedTown: which entity a qualified town is', () => {
  const countries: Record<number, string> = { 1: 'Russia', 2: 'Spain', 3: 'United States', 4: 'Georgia' };
  const countryOf = (entity: number) => countries[entity];
  const us: Qualifier = { countries: ['United States'], isCountry: false };
  const georgia: Qualifier = { countries: ['Georgia', 'United States'], isCountry: true };

  it('is no known town when every town of the name is elsewhere ("Moscow, Idaho")', () => {
    expect(qualifiedTown([1], countryOf, us)).toBeNull();
  });
  it('is the town of the name in the qualifier\'s country ("Toledo, Ohio")', () => {
    expect(qualifiedTown([2, 3], countryOf, us)).toBe(3);
  });
  it('keeps a town in one of the countries a shared qualifier names ("Tbilisi, Georgia")', () => {
    expect(qualifiedTown([4], countryOf, georgia)).toBe(4);
  });
  it('says nothing when one of the candidates is not a located town (a person of that name)', () => {
    expect(qualifiedTown([1, 9], countryOf, us)).toBeUndefined();
  });
});

describe('qualifierReading: what the qualifier after a judged town is', () => {
  const georgia: Qualifier = { countries: ['Georgia', 'United States'], isCountry: true };
  it.each([
    ['Tbilisi, Georgia', georgia, 'Georgia', 'country'],
    ['Atlanta, Georgia', georgia, 'United States', 'region'],
    ['Athens, Georgia (no American Athens known)', georgia, null, 'region'],
    ['Alexandria, Virginia', { countries: ['United States'], isCountry: false }, null, 'region'],
    ['Kyiv, Ukraine', { countries: ['Ukraine'], isCountry: true }, 'Ukraine', 'country'],
  ] as const)('%s', (_, qualifier, town, reading) => {
    expect(qualifierReading(qualifier, town)).toBe(reading);
  });
});
