import { describe, expect, it } from 'vitest';
import { BlockMode, blockMode } from '@/utils/matching/context-rules';
import { entity, matcherFor } from './knowledge-matcher';

const knowledge = [
  entity('person', 'Warren Buffett', ['Buffett'], ['Chairman of Berkshire Hathaway']),
  entity('person', 'Jimmy Carter', [], ['Former President of the United States']),
  entity('person', 'Will Smith'),
  entity('person', 'Liam Lawson', ['Lawson']),
  entity('person', 'Jim Justice', [{ text: 'Justice', weak: true }], ['United States Senator from West Virginia']),
  entity('organization', 'Evening Standard', ['The Standard']),
  entity('place', 'Gibraltar', ['the Rock']),
  entity('place', 'Stade'),
  entity('place', 'Don', ['River Don']),
  entity('place', 'France'),
  entity('place', 'Chile'),
  entity('place', 'Salem'),
  entity('organization', "Green Liberal Party of Switzerland", ['GLP']),
  entity('place', 'Hamilton'),
  entity('place', 'Ohio'),
  entity('organization', 'Texas State Senate', ['Texas Senate']),
  entity('organization', 'United States Senate', ['U.S. Senate']),
  entity('place', 'Texas'),
  entity('place', 'Santa Fe'),
];
const find = matcherFor(knowledge);

describe('a given name that opens a sentence makes one name with the word after it', () => {
  it('a given name that opens a known person\'s name ("Jimmy") joins the run even where a sentence starts', () => {
    expect(find('The singer toured for decades. Jimmy Buffett died in 2023.')).toEqual([]);
    expect(find('Photo: Jimmy Lawson for the magazine')).toEqual([]);
  });

  it('an everyday word does not, even one that opens a known name ("Will Smith")', () => {
    expect(find('Will Buffett sell? Yesterday Buffett said no.')).toEqual([
      ['Warren Buffett', 'Buffett'],
      ['Warren Buffett', 'Buffett'],
    ]);
  });

  it('a given name no known person has is read as before (a sentence\'s capital says nothing)', () => {
    expect(find('Liked the film. Barbie Lawson was not in it.')).toEqual([['Liam Lawson', 'Lawson']]);
  });

  it('in Title Case, where capitals say nothing, a given name before the match still does', () => {
    expect(find('Jimmy Buffett Dies at 76 After Long Illness')).toEqual([]);
    expect(find('Cast: Miles Teller, Anya Taylor-Joy, Jimmy Lawson, James Marlowe')).toEqual([]);
    expect(find('Talks Resume as Buffett Sells Shares')).toEqual([['Warren Buffett', 'Buffett']]);
  });

  it('mid-sentence the run rule already holds', () => {
    expect(find('the late Jimmy Buffett and Warren Buffett')).toEqual([['Warren Buffett', 'Warren Buffett']]);
  });
});

describe('an honorific before a word and a name is a title', () => {
  it.each([
    // A judgment's heading in capitals, and a court list in Title Case, where the run rule is off:
    // the honorific makes no weak name strong there, so only the page's context could mark it.
    ['MR JUSTICE JOHNSON', [['Jim Justice', 'JUSTICE', 'weak']]],
    ['Before Mrs Justice Cockerill', [['Jim Justice', 'Justice', 'weak']]],
    ['Mr Justice said he would run again.', [['Jim Justice', 'Justice']]],
    ['Senator Justice Says He Will Run', [['Jim Justice', 'Justice']]],
  ])('%s', (text, expected) => expect(find(text)).toEqual(expected));
});

describe('a contraction holds no name', () => {
  it.each([
    ["The show ended with 'Don't Stop Believin' on the jukebox.", []],
    ['Don’t panic, said the mayor of Stade.', [['Stade', 'Stade']]],
    ['Flooding on the Don cut the road.', [['Don', 'Don']]],
    ["Stade's mayor spoke.", [['Stade', 'Stade']]],
  ])('%s', (text, expected) => expect(find(text)).toEqual(expected));
});

describe('"&" and a capitalised word make one name', () => {
  it.each([
    ["The Standard & Poor's 500 index fell.", []],
    ['He joined the Rock & Roll Hall of Fame in 1995.', []],
    ['a column in The Standard on Monday', [['Evening Standard', 'The Standard']]],
    ['the Rock, as Gibraltar is known', [['Gibraltar', 'the Rock'], ['Gibraltar', 'Gibraltar']]],
  ])('%s', (text, expected) => expect(find(text)).toEqual(expected));
});

describe('a particle of a foreign name between two capitalised words makes one name', () => {
  it.each([
    ['The final was at the Stade de France last night.', []],
    ['He studied at the Universidad de Chile for a year.', []],
    ['Protests spread across France and Chile.', [['France', 'France'], ['Chile', 'Chile']]],
    // English "of" is no such particle: the President of France is France's (the Bank of France is
    // a longer name, see `closesOfName`).
    ['the President of France said', [['France', 'France']]],
    // A particle in lower case before a lower-case word is just a word.
    ['trade with France de facto stopped', [['France', 'France']]],
    // An Arabic name's particle joins it too: "Salem al-Khanbashi" is a man, not the town.
    ['Governor Salem al-Khanbashi spoke.', []],
    ['Crown Prince Mohammed bin Chile met them.', []],
    ['Chile al-Qaeda', []],
    ['Chile, al-Qaeda said', [['Chile', 'Chile']]],
  ])('%s', (text, expected) => expect(find(text)).toEqual(expected));
});

describe('letters in capitals joined to a number are a code, not the acronym', () => {
  it.each([
    ['The GLP-1 drugs cut appetite.', []],
    ['a HER-2 test and a GLP‑1 agonist', []],
    ['The GLP won two seats.', [['Green Liberal Party of Switzerland', 'GLP']]],
    ['GLP-led cantons', [['Green Liberal Party of Switzerland', 'GLP']]],
    // A Reuters ticker's exchange, joined by a dot ("SAABb.ST"), is no name; a name after a missing space is.
    ['visited Saab (SAABb.GLP), opens new tab', []],
    ['its resurgence.Chile condemned the strike', [['Chile', 'Chile']]],
    // A cloud region's code, and a comet's designation before a slash; a credit's slash is no designation.
    ['the outage began in GLP-EAST-1 at dawn', []],
    ['the comet 2I/Chile was the second', []],
    ['Photo: Reuters/Chile', [['Chile', 'Chile']]],
  ])('%s', (text, expected) => expect(find(text)).toEqual(expected));
});

describe('a name inside a social handle or an address is text, not a mention', () => {
  it.each([
    ['Warren Buffett wrote on X (@WarrenBuffett_HQ) that France won.', [['Warren Buffett', 'Warren Buffett'], ['France', 'France']]],
    ['the minister wrote (@FM_Chile) and @France_Diplo replied', []],
    ['mail press@chile.gov or call Chile', [['Chile', 'Chile']]],
  ])('%s', (text, expected) => expect(find(text)).toEqual(expected));
});

describe("a state's U.S. Senate contest is not its own senate", () => {
  it.each([
    // No card rather than the chamber's: "Texas" inside the longer name is left too, by the run rule.
    ['the Texas Senate race tightened', []],
    ['a Texas Senate seat opened up', []],
    ['the Texas Senate primary in March', []],
    // The chamber itself, and the U.S. Senate's own race, keep their names.
    ['the Texas Senate passed the bill', [['Texas State Senate', 'Texas Senate']]],
    ['a U.S. Senate seat', [['United States Senate', 'U.S. Senate']]],
  ])('%s', (text, expected) => expect(find(text)).toEqual(expected));
});

describe('a county named after a town is not that town', () => {
  it('in a local listing in Title Case as in prose', () => {
    const listing = 'Delhi Hills Town Council, Hamilton County, Ohio Fire Chief Report';
    expect(blockMode([listing], 1)).toBe(BlockMode.TitleCase);
    expect(find(listing)).toEqual([['Ohio', 'Ohio']]);
    expect(find('The Santa Fe County Board of County Commissioners met.')).toEqual([]);
    expect(find('Voters in Hamilton County, Ohio, turned out early.')).toEqual([['Ohio', 'Ohio']]);
  });

  it('the town itself keeps its mark', () => {
    expect(find('Flooding hit Hamilton, Ohio, and Santa Fe.')).toEqual([
      ['Hamilton', 'Hamilton'],
      ['Ohio', 'Ohio'],
      ['Santa Fe', 'Santa Fe'],
    ]);
  });
});

describe('a brand written with a small first letter joins a run', () => {
  const brands = matcherFor([entity('organization', 'X (social network)', ['X']), entity('organization', 'Apple')]);

  it('"iPhone X" is a phone, not the social network; X alone still is', () => {
    expect(brands('The iPhone X sold well, Apple said. Musk posted on X on Monday.')).toEqual([
      ['Apple', 'Apple'],
      ['X (social network)', 'X', 'weak'],
    ]);
  });
});

describe('one word between "the" and "of" with a name heads a longer name', () => {
  const find = matcherFor([entity('organization', 'Libération', ['Libé']), entity('organization', 'United States Congress', ['Congress']), entity('place', 'Paris'), entity('place', 'Angola')]);

  it('"the Liberation of Angola", "the Congress of Vienna", "the Paris of the East" are none of them', () => {
    expect(find("Angola's People's Movement for the Liberation of Angola won, as at the Congress of Vienna.")).toEqual([
      ['Angola', 'Angola'],
      ['Angola', 'Angola'],
    ]);
    expect(find('Beirut was once called the Paris of the East.')).toEqual([]);
  });

  it('the names themselves, and "of" with no name after, still mark', () => {
    expect(find('Libération said the Congress voted; the Paris of today is busy; Paris of all places.')).toEqual([
      ['Libération', 'Libération'],
      // Weak: many countries name a legislature so (see `isGenericInstitution`), but found all the same.
      ['United States Congress', 'Congress', 'weak'],
      ['Paris', 'Paris'],
      ['Paris', 'Paris'],
    ]);
  });
});
