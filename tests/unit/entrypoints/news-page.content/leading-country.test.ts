import { describe, expect, it } from 'vitest';
import { countryMentions, leader, withStatesNamedLikeCountries } from '@/entrypoints/news-page.content/leading-country';

const countries = {
  'United States': ['United States', 'US', 'U.S.', 'United States of America'],
  Estonia: ['Estonia'],
  Russia: ['Russia'],
  Moldova: ['Moldova'],
  Jordan: ['Jordan'],
  France: ['France'],
};
const leading = (text: string, list: Record<string, string[]> = countries) => leader(countryMentions(text, list));

describe('the country a story names most', () => {
  it('counts every name of a country, as whole words', () => {
    expect(countryMentions('The U.S. and the United States of America; US trade. Russia.', countries)).toEqual(
      new Map([
        ['United States', 3],
        ['Russia', 1],
      ]),
    );
    // "Russian" and "USB" are not the countries' names.
    expect(countryMentions('Russian and Russian talks on USB.', countries).size).toBe(0);
    // Blocks joined without a space (a heading, then a paragraph) still hold their names.
    expect(countryMentions('News from EstoniaEstonia votes', countries).get('Estonia')).toBe(2);
    // So does a possessive written with the modifier apostrophe (ʼ), as some sites do.
    expect(countryMentions('Moldovaʼs elections and Moldovaʼs president', countries).get('Moldova')).toBe(2);
  });

  it('counts no country whose name starts a person\'s or reads as a given name', () => {
    const text = 'Jordan Bardella spoke. Jordan, un étudiant de 20 ans, protested; her son Jordan too. Jordan closed its border. France, again: France.';
    expect(countryMentions(text, countries)).toEqual(
      new Map([
        ['Jordan', 1],
        ['France', 2],
      ]),
    );
    expect(leading(text)).toBe('France');
  });

  it('counts no country that ends a person\'s name ("Jim Jordan", "Luis Montenegro"), and does after the words that open a sentence', () => {
    const list = { ...countries, Montenegro: ['Montenegro'], Portugal: ['Portugal'] };
    const known = new Set(['Jim Jordan', 'Luis Montenegro']);
    const personsName = (given: string, family: string) => known.has(`${given} ${family}`);
    const text = 'Rep. Jim Jordan said so. Prime Minister Luis Montenegro won in Portugal. Why Portugal matters. Across Montenegro, towns voted. In Jordan, too.';
    // Given once as a known person's family name, the name is the person's on the whole page, before and after.
    expect(countryMentions(text, list, undefined, undefined, personsName)).toEqual(new Map([['Portugal', 2]]));
    expect(countryMentions('Montenegro said so. Luis Montenegro won. Montenegro thanked Portugal, and Portugal cheered.', list, undefined, undefined, personsName)).toEqual(new Map([['Portugal', 2]]));
    // A name no known person has says the country: "Air France", "Visit Jordan".
    expect(countryMentions('Air France flew to Jordan. Visit Jordan, said Jordan.', list, undefined, undefined, personsName)).toEqual(
      new Map([
        ['France', 1],
        ['Jordan', 3],
      ]),
    );
    expect(countryMentions('Why Portugal matters. Across Montenegro, towns voted. In Jordan, too.', list, undefined, undefined, personsName)).toEqual(
      new Map([
        ['Portugal', 1],
        ['Montenegro', 1],
        ['Jordan', 1],
      ]),
    );
  });

  it('is the one named at least twice and more often than any other', () => {
    expect(leading('Estonia and Russia. Estonia again. Estonia, Russia.')).toBe('Estonia');
  });

  it('is none when no country is named twice, or two lead together', () => {
    expect(leading('Talks in Estonia on Tuesday.')).toBeNull();
    expect(leading('Estonia, Russia, Estonia, Russia.')).toBeNull();
    expect(leading('No country at all.')).toBeNull();
    expect(leading('No country at all.', {})).toBeNull();
  });
});

describe("a country's people and things", () => {
  const names = { Argentina: ['Argentina'], 'United States': ['United States', 'U.S.'], Mexico: ['Mexico'], Ireland: ['Ireland'], Haiti: ['Haiti'], Venezuela: ['Venezuela'] };
  // As the build ships them: the singular only, whose plural the page adds ("Argentines").
  const demonyms = { Argentina: ['Argentine'], 'United States': ['American'], Haiti: ['Haitian'] };

  it('say which country a story is about, half as much as its name: "Argentine voters"', () => {
    const story = 'Argentina votes. Argentine voters and Argentine unions backed Milei; Argentines cheered. The United States and U.S. officials watched.';
    expect(countryMentions(story, names, demonyms).get('Argentina')).toBe(2.5);
    expect(leader(countryMentions(story, names, demonyms))).toBe('Argentina');
    // Without them the United States, named twice, would lead.
    expect(leader(countryMentions(story, names))).toBe('United States');
  });

  it('count where they head a longer name, as a country\'s own name does not: "the Argentine Senate", not "Jordan Bardella"', () => {
    expect(countryMentions('The Argentine Senate and the Argentine Congress met.', names, demonyms).get('Argentina')).toBe(1);
  });

  it('do not make a story on U.S. rules about the people they concern: "Haitians" twice against "the United States" once', () => {
    expect(leader(countryMentions('A rule on Haitians with protected status; Haitians sued the United States.', names, demonyms))).toBeNull();
  });

  it('are another people after "Latin", "South" or "African", and "New Mexico" or "Northern Ireland" another place', () => {
    const story = 'Latin American leaders, South American markets and African American voters met in New Mexico and Northern Ireland.';
    expect(countryMentions(story, names, demonyms).size).toBe(0);
    expect(countryMentions('American voters in Mexico', names, demonyms)).toEqual(new Map([['United States', 0.5], ['Mexico', 1]]));
  });

  it('count a state, province or nation as its country: "Minnesota" and "Louisiana" lead "Venezuela" once', () => {
    const regions = { 'United States': ['Minnesota', 'Louisiana', 'New York'] };
    const story = 'ICE agents in Minnesota; a Louisiana map; Maduro of Venezuela; the New York Times.';
    expect(countryMentions(story, names, demonyms, regions)).toEqual(new Map([['United States', 2], ['Venezuela', 1]]));
    expect(leader(countryMentions(story, names, demonyms, regions))).toBe('United States');
    expect(leader(countryMentions(story, names, demonyms))).toBeNull();
  });
});

describe('a country named like another country\'s state ("Georgia")', () => {
  const states = { 'United States': 'Florida|Georgia|Texas|Ga.' };
  const saying = { 'United States': ['Florida', 'Georgia', 'Texas'] };
  const counted = (text: string) => Object.fromEntries(withStatesNamedLikeCountries(countryMentions(text, { Georgia: ['Georgia'], 'United States': ['United States', 'U.S.'] }), states, saying, text));

  it("counts for that country where the story names two of its other states: a governor's race in Georgia is no Georgian story", () => {
    expect(counted('Georgia voters, like those in Florida and Texas, will pick a governor; Georgia and Georgia again.')).toEqual({ 'United States': 3 });
  });

  it('stays the country where the story names one other state or none', () => {
    expect(counted('Georgia and Georgia: protests in Tbilisi.')).toEqual({ Georgia: 2 });
    expect(counted('Georgia and Georgia: a Texas-based firm left Tbilisi.')).toEqual({ Georgia: 2 });
  });

  it("counts for that country where the story gives it a state's words once: \"the Georgia Republican\", \"Georgia's 14th District\"", () => {
    expect(counted("Georgia's exit: the Georgia Republican quit. Georgia again.")).toEqual({ 'United States': 3 });
    expect(counted("Greene represented Georgia's 14th District; Georgia votes.")).toEqual({ 'United States': 2 });
    // The country's own words are no state's: its ruling party, its president.
    expect(counted('Georgian Dream won in Georgia; the president of Georgia objected.')).toEqual({ Georgia: 2 });
  });
});
