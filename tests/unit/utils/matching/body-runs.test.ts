import { describe, expect, it } from 'vitest';
import { entity, matcherFor } from './knowledge-matcher';

const find = matcherFor([
  entity('place', 'Islamabad'),
  entity('place', 'Utah'),
  entity('place', 'Las Vegas'),
  entity('place', 'Liverpool'),
  entity('place', 'Leeds'),
  entity('place', 'United States', ['US']),
  entity('place', 'Switzerland'),
  entity('place', 'Ethiopia'),
  entity('place', 'Georgia'),
  entity('place', 'Washington'),
  entity('place', 'Aden'),
  entity('place', 'Kyiv'),
  entity('place', 'Netherlands'),
  entity('organization', 'Texas State Senate', ['Texas Senate']),
  entity('place', 'Texas'),
  entity('person', 'Kaja Kallas', ['Kallas'], ['High Representative of the Union for Foreign Affairs']),
  entity('organization', 'European Union', ['EU']),
]);

describe('a title word that opens a body\'s name ("High", "State", "Grand", "Crown") goes on with the name before it', () => {
  it.each([
    ['Khan will move the Islamabad High Court after the sentence.'],
    ['The map was selected by the Utah State Legislature.'],
    ['Max Verstappen won the Las Vegas Grand Prix on Saturday.'],
    ['He appeared at Liverpool Crown Court on Monday.'],
    ['She was taken to Leeds General Infirmary.'],
  ])('%s: no place inside the longer name', (text) => expect(find(text)).toEqual([]));

  it('stays a title before a title or a name, or before nothing capitalised', () => {
    expect(find('EU High Representative Kaja Kallas said').map(([name]) => name)).toEqual(['European Union', 'Kaja Kallas']);
    expect(find('the Utah State Senator spoke; Utah State beat them.')).toEqual([
      ['Utah', 'Utah'],
      ['Utah', 'Utah'],
    ]);
    expect(find('the US General Mark Milley said').map(([name]) => name)).toEqual(['United States']);
    // The whole name known, it is matched as written.
    expect(find('the Texas State Senate voted')).toEqual([['Texas State Senate', 'Texas State Senate']]);
  });
});

describe('a hyphenated family name is one word to the run rule', () => {
  const people = matcherFor([
    entity('person', 'Mariameno Kapa-Kingi', ['Kapa-Kingi']),
    entity('place', 'Baden-Württemberg'),
  ]);
  it('is part of the capitalised name before it, unless a month is that word', () => {
    expect(people('statements made by her son Eru Kapa-Kingi.')).toEqual([]);
    expect(people('Later Kapa-Kingi said so.')).toEqual([['Mariameno Kapa-Kingi', 'Kapa-Kingi']]);
    expect(people('On 8 March Baden-Württemberg held the first of five state elections.')).toEqual([['Baden-Württemberg', 'Baden-Württemberg']]);
  });
});

describe('a place after "of" that closes a body\'s or a feature\'s name is part of it (closesOfName)', () => {
  it.each([
    ['The Young Socialists of Switzerland proposed it.'],
    ['the National Election Board of Ethiopia (NEBE) said'],
    ['The League of Women Voters of Utah sued.'],
    ["the Prosecuting Attorneys' Council of Georgia said"],
    ['pirates in the Gulf of Aden'],
    ['the Young Socialists of the Netherlands said on Monday'],
  ])('%s', (text) => expect(find(text)).toEqual([]));

  it('keeps the place after a person, a title, a lower-case word, or a sentence\'s first word', () => {
    expect(find('Gov. Bob Ferguson of Washington signed it.').map(([, text]) => text)).toEqual(['Washington']);
    expect(find('the President of Switzerland and the people of Ethiopia')).toEqual([
      ['Switzerland', 'Switzerland'],
      ['Ethiopia', 'Ethiopia'],
    ]);
    expect(find('It rained. Parliament of Georgia met.')).toEqual([['Georgia', 'Georgia']]);
    expect(find('Residents of Kyiv said')).toEqual([['Kyiv', 'Kyiv']]);
  });
});

describe('a word after a Romance "of" that closes a longer name is part of it (closesParticleName)', () => {
  const romance = matcherFor([entity('place', 'Amazon rainforest', ['Amazonia']), entity('place', 'Sinaloa'), entity('place', 'County Mayo', ['Mayo']), entity('place', 'Chile')]);

  it('is no mark after a capitalised word and "de", "de la", "del"', () => {
    expect(romance('a timber network known as Los Hostiles de la Amazonia was named')).toEqual([]);
    expect(romance('police said the Cártel de Sinaloa was behind it, and students at the Universidad de Chile were told')).toEqual([]);
    expect(romance('They marked Cinco de Mayo with a parade.')).toEqual([]);
  });

  it('is the place after a lower-case word and the particle, or with no particle', () => {
    expect(romance('the fires of Amazonia spread to Sinaloa')).toEqual([['Amazon rainforest', 'Amazonia'], ['Sinaloa', 'Sinaloa']]);
    expect(romance('flights from Santiago to Chile and the state de Sinaloa')).toEqual([['Chile', 'Chile'], ['Sinaloa', 'Sinaloa']]);
  });
});
