import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS, PlaceContext } from '@/entrypoints/news-page.content/place-context';
import type { EntityTable } from '@/utils/knowledge/entity-table';

const ids = ['labour-party-uk', 'new-zealand-labour-party', 'georgia-us-state', 'washington-dc', 'psd-romania'];
const table = { id: (p: number) => ids[p], name: (p: number) => ids[p], type: (p: number) => (p === 2 || p === 3 ? 'place' : 'organization') } as unknown as EntityTable;
const contexts = {
  'labour-party-uk': ['United Kingdom', 'UK', 'London', 'Keir Starmer'],
  'new-zealand-labour-party': ['New Zealand', 'Wellington', 'Chris Hipkins'],
  'georgia-us-state': ['Atlanta', 'Savannah'],
  'washington-dc': ['United States', 'US', 'White House'],
};
const countries = {
  'United Kingdom': ['United Kingdom', 'UK', 'Britain'],
  'New Zealand': ['New Zealand'],
  France: ['France'],
  'United States': ['United States', 'US'],
  Ukraine: ['Ukraine'],
  Romania: ['Romania'],
};
const onSite = (home: string | null, text: string) => new PlaceContext(() => table, () => text, contexts, home, countries);

describe("the page's say in which entity a shared name means", () => {
  it('counts the context names the article holds, as whole words', () => {
    const page = onSite(null, 'Keir Starmer spoke in London; Atlantan voters…');
    expect(page.score(0)).toBe(2);
    expect(page.score(1)).toBe(0);
    expect(page.score(2)).toBe(0);
  });

  it("counts once a story that names a state of the institution's country, for a Senate vote's senators' states", () => {
    const regions = { 'United States': 'Nevada|Illinois|Georgia|Nev.|Georgia state' };
    const page = (text: string) => new PlaceContext(() => table, () => text, contexts, null, countries, {}, regions);
    expect(page('Jacky Rosen (Nevada) and Dick Durbin (Illinois) voted yes.').score(3)).toBe(0);
    const democrats = { 'democratic-party-us': ['United States', 'US', 'Chuck Schumer'] };
    const party = (text: string) => new PlaceContext(() => table, () => text, { ...contexts, 'psd-romania': democrats['democratic-party-us'] }, null, countries, {}, regions);
    expect(party('Jacky Rosen (Nevada) and Dick Durbin (Illinois) voted yes.').score(4)).toBe(1);
    // Not a state named like a country or a person, nor an abbreviation.
    expect(party('Talks in Georgia; Rosen (D-Nev.) voted.').score(4)).toBe(0);
    // Not where the story is about another country.
    expect(party('Romania, Romania: a Nevada firm.').score(4)).toBe(0);
    // Nor for a body each state has its own of: "the House" in a story on Nevada may be Nevada's.
    const houseTable = { ...table, name: () => 'United States House of Representatives' } as unknown as EntityTable;
    const house = new PlaceContext(() => houseTable, () => 'Jacky Rosen (Nevada) voted yes.', { 'psd-romania': ['United States', 'US'] }, null, countries, {}, regions);
    expect(house.score(4)).toBe(0);
  });

  it('counts once a story that names other states of its country, for a state named like a person ("Florida and Arizona")', () => {
    const regions = { 'United States': 'Florida|Arizona|Georgia|Fla.' };
    const stateTable = { ...table, name: () => 'Florida (U.S. state)', type: () => 'place' } as unknown as EntityTable;
    const florida = (text: string) => new PlaceContext(() => stateTable, () => text, { 'washington-dc': ['United States', 'US'] }, null, countries, {}, regions).score(3);
    expect(florida('Allies are running for governor, including in Florida and Arizona.')).toBe(1);
    // Its own name, an abbreviation or a state named like a country says nothing for it.
    expect(florida('Florida Georgieva sang in Sofia.')).toBe(0);
    expect(florida('Florida, like Tampa, Fla., voted.')).toBe(0);
    expect(florida('Florida and Georgia voted.')).toBe(0);
  });

  it('counts a context name the article writes without its accents ("Peter Magyar" for "Péter Magyar")', () => {
    const page = new PlaceContext(() => table, () => 'Peter Magyar said Tisza would win; Kosice voted.', { 'labour-party-uk': ['Péter Magyar', 'Košice', 'Szeged'] }, null, countries);
    expect(page.score(0)).toBe(2);
  });

  it('counts a context name written in capitals, as datelines write places', () => {
    expect(onSite(null, 'LONDON — Keir Starmer said…').score(0)).toBe(2);
    // Not a short one: in capitals it reads as initials.
    const page = new PlaceContext(() => table, () => 'The UFA league met.', { 'georgia-us-state': ['Ufa'] }, null, countries);
    expect(page.score(2)).toBe(0);
  });

  it("finds a context name at the end of one block and the start of the next (textContent joins them)", () => {
    // <p>…talks in London</p><p>Atlanta…
    const page = onSite(null, 'talks in LondonAtlanta hosts the summit');
    expect(page.score(0)).toBe(1);
    expect(page.score(2)).toBe(1);
  });

  it("counts the site's own country for its institutions when the story names no other country", () => {
    const page = onSite('New Zealand', 'The Labour Party chose a new whip on Tuesday.');
    expect(page.site(1)).toBe(1);
    expect(page.site(0)).toBe(0);
    // Places have no home-country say: their contexts are towns and ties.
    expect(page.site(2)).toBe(0);
  });

  it('says nothing once the story names another country, or on a site with no home country', () => {
    expect(onSite('New Zealand', 'In Britain, the Labour Party chose a new whip.').site(1)).toBe(0);
    expect(onSite('New Zealand', 'Talks with France: the Labour Party chose a new whip.').site(1)).toBe(0);
    expect(onSite(null, 'The Labour Party chose a new whip.').site(1)).toBe(0);
  });

  it("gives an institution no say where the story is about another country (its own may be missing from the knowledge)", () => {
    // The UK's Labour Party has context here (London, Starmer), but the story is about New Zealand.
    const aboutNewZealand = onSite(null, 'New Zealand votes: Labour in New Zealand, a visit by Keir Starmer to London.');
    expect(aboutNewZealand.score(0)).toBe(0);
    expect(aboutNewZealand.score(1)).toBe(1);
    // A story that names no country twice leaves the context as it is; places are never affected.
    expect(onSite(null, 'Keir Starmer spoke in London; in France, later.').score(0)).toBe(2);
    expect(onSite(null, 'France, France: a flight from Atlanta.').score(2)).toBe(1);
  });

  it("tells an institution that is another country's than the story's, by the country's names and its people's words", () => {
    const aboutNewZealand = onSite(null, 'New Zealand votes: Labour in New Zealand, a visit by Keir Starmer to London.');
    expect([0, 1, 2].map((e) => aboutNewZealand.belongsElsewhere(e))).toEqual([true, false, false]);
    // "Argentine" and "Argentines" say Argentina, half as much as its name: the story leads with it, not the United States.
    const demonyms = { Argentina: ['Argentine', 'Argentines'] };
    const argentina = new PlaceContext(() => table, () => 'Argentina votes. Argentine voters, Argentine unions and Argentines; the United States and US officials.', { ...contexts, 'labour-party-uk': ['United States'] }, null, { ...countries, Argentina: ['Argentina'] }, {}, {}, demonyms);
    expect(argentina.belongsElsewhere(0)).toBe(true);
    expect(onSite(null, 'Keir Starmer spoke in London; in France, later.').belongsElsewhere(0)).toBe(false);
  });

  it("tells a body another country's where the story names its own country's states, not its name", () => {
    // A U.S. story on the Supreme Court's term: two states, Venezuela once (Maduro's case).
    const regions = { 'United States': 'Minnesota|Louisiana|Georgia|Minn.' };
    const venezuelan = { ...contexts, 'labour-party-uk': ['Venezuela', 'Caracas'] };
    const page = new PlaceContext(() => table, () => 'ICE in Minnesota; a map in Louisiana; Maduro of Venezuela.', venezuelan, null, { ...countries, Venezuela: ['Venezuela'] }, {}, regions);
    expect(page.belongsElsewhere(0)).toBe(true);
    expect(page.score(0)).toBe(0);
    // Not by a state named like a country: "Georgia" twice says neither.
    const georgia = new PlaceContext(() => table, () => 'Georgia, Georgia; Maduro of Venezuela.', venezuelan, null, { ...countries, Venezuela: ['Venezuela'] }, {}, regions);
    expect(georgia.belongsElsewhere(0)).toBe(false);
  });

  it("tells an institution's own country by the names a possessive gives it", () => {
    const page = onSite(null, 'Any story.');
    expect(page.isCountrysBody(0, 'Britain')).toBe(true);
    expect(page.isCountrysBody(0, 'In Britain')).toBe(true);
    expect(page.isCountrysBody(1, 'Britain')).toBe(false);
    expect(page.isCountrysBody(1, 'New Zealand')).toBe(true);
    // A place is no institution of its country.
    expect(page.isCountrysBody(3, 'United States')).toBe(false);
    // Its country is the first its context names, not the first in the list of countries: South Korea's
    // Joint Chiefs of Staff name North Korea after it.
    const korean = new PlaceContext(() => table, () => 'Any story.', { 'labour-party-uk': ['United States', 'France'] }, null, countries);
    expect(korean.isCountrysBody(0, 'United States')).toBe(true);
    expect(korean.isCountrysBody(0, 'France')).toBe(false);
  });

  it("keeps a place's say where the story is about another country: a capital is named by its country", () => {
    const page = onSite(null, 'Ukraine asked the US for missiles; Ukraine and Washington agreed. Ukraine again.');
    expect(page.score(3)).toBe(1);
  });

  it('takes the context the background sends with its institutions', () => {
    const page = onSite(null, 'In Romania, the Social Democratic Party left the coalition in Bucharest.');
    expect(page.has(4)).toBe(false);
    expect(page.score(4)).toBe(0);
    page.addContexts([['psd-romania', ['Romania', 'Bucharest']]]);
    expect(page.has(4)).toBe(true);
    expect(page.score(4)).toBe(2);
  });

  it("settles a body the page carries under a weak everyday name by what is tied to it, as a sent one", () => {
    const ties = { 'psd-romania': ['Sorin Grindeanu'] };
    const page = new PlaceContext(() => table, () => 'Sorin Grindeanu said the Social Democrats would stay.', contexts, null, countries, ties);
    expect(page.score(4)).toBe(1);
    expect(page.settledByTies(4)).toBe(true);
    // A place or an institution with its own context is no tie's to settle.
    expect(page.settledByTies(0)).toBe(false);
    expect(onSite(null, 'Sorin Grindeanu said so.').score(4)).toBe(0);
  });

  it('tells a country\'s name at the end of a possessor ("In Romania", "the United Kingdom")', () => {
    const page = onSite(null, '');
    expect(page.namesCountry('Romania')).toBe(true);
    expect(page.namesCountry('In Romania')).toBe(true);
    expect(page.namesCountry('United Kingdom')).toBe(true);
    expect(page.namesCountry('Keir Starmer')).toBe(false);
    expect(page.namesCountry('Romanian')).toBe(false);
  });

  it("reads a live page's first entries only: a context name past them counts for nothing", () => {
    const filler = 'Talks went on. '.repeat(Math.ceil(CONTEXT_CHARS / 15));
    expect(onSite(null, `Keir Starmer spoke. ${filler}`).score(0)).toBe(1);
    expect(onSite(null, `${filler}Keir Starmer spoke.`).score(0)).toBe(0);
  });

  it('reads the page again when asked after the scan let its text go, keeping the answers it gave', () => {
    let text = 'Keir Starmer spoke.';
    const page = new PlaceContext(() => table, () => text, contexts, null, countries);
    expect(page.score(0)).toBe(1);
    page.release();
    text = 'Chris Hipkins spoke in Wellington.';
    expect(page.score(0)).toBe(1);
    expect(page.score(1)).toBe(2);
  });

  it('reads the page again after a full rescan', () => {
    let text = 'The Labour Party met.';
    const page = new PlaceContext(() => table, () => text, contexts, 'New Zealand', countries);
    expect(page.site(1)).toBe(1);
    text = 'The Labour Party met the UK delegation.';
    expect(page.site(1)).toBe(1);
    page.reset();
    expect(page.site(1)).toBe(0);
  });
});
