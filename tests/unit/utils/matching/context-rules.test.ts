import { describe, expect, it } from 'vitest';
import { blockMode, BlockMode, opensSentence } from '@/utils/matching/context-rules';
import { entity, matcherFor } from './knowledge-matcher';

const knowledge = [
  entity('place', 'Jordan'),
  entity('place', 'Paris'),
  entity('place', 'Washington, D.C.', ['Washington']),
  entity('place', 'Kyiv'),
  entity('place', 'Ukraine'),
  entity('place', 'United States', ['US', 'U.S.']),
  entity('organization', 'NATO'),
  entity('organization', 'World Health Organization', ['WHO']),
  entity('person', 'Jordan Bardella', ['Bardella'], ['President of the National Rally']),
  entity('person', 'Donald Trump', ['Trump'], ['President of the United States']),
  entity('person', 'Vitali Klitschko', ['Klitschko'], ['Mayor of Kyiv']),
  entity('event', 'Korean War'),
  entity('organization', 'Europe of Liberties', ['EL']),
  entity('place', 'Dax'),
  entity('person', 'Robert Fico', ['Fico'], ['Prime Minister of Slovakia']),
  entity('place', 'Venezuela'),
  entity('person', 'Delcy Rodríguez', [], ['Acting President of Venezuela']),
  entity('person', 'Nicolás Maduro', ['Maduro'], ['Former President of Venezuela']),
];
const find = matcherFor(knowledge);

describe('proper-name runs: a known name inside a longer capitalised name is not that name', () => {
  it.each([
    ['Paris Hilton arrived late.', []],
    ['She met Paris Hilton yesterday.', []],
    ['He writes for The Washington Times.', []],
    ['a story by Washington Irving', []],
    ['the Korean War ended in 1953', [['Korean War', 'Korean War']]],
    // A quotation closed after a comma goes on with who said it: no sentence starts there.
    ['"We waded through floods," Aly Paris, a student, said.', []],
    ['"We waded through floods." Paris was under water.', [['Paris', 'Paris']]],
  ])('%s', (text, expected) => expect(find(text)).toEqual(expected));

  it('a full name that is known is marked whole ("Jordan Bardella" is the politician, not the country)', () => {
    expect(find('Jordan Bardella spoke in Paris.')).toEqual([
      ['Jordan Bardella', 'Jordan Bardella'],
      ['Paris', 'Paris'],
    ]);
  });

  it('titles and dates next to a name are not part of a run', () => {
    expect(find('US President Donald Trump spoke.')).toEqual([
      ['United States', 'US'],
      ['Donald Trump', 'Donald Trump'],
    ]);
    expect(find('Kyiv Mayor Vitali Klitschko said so.')).toEqual([
      ['Kyiv', 'Kyiv'],
      ['Vitali Klitschko', 'Vitali Klitschko'],
    ]);
    expect(find('Paris Prefect Laurent Nuñez takes over.')).toEqual([['Paris', 'Paris']]);
    expect(find('Trump arrived in Paris Tuesday.')).toEqual([
      ['Donald Trump', 'Trump'],
      ['Paris', 'Paris'],
    ]);
    // A title's abbreviation is no town: "Sens." are senators, not Sens in France.
    const towns = matcherFor([entity('place', 'Sens'), entity('person', 'Jeanne Shaheen', ['Shaheen'], ['United States Senator from New Hampshire'])]);
    expect(towns('Two former governors, Sens. Jeanne Shaheen and Maggie Hassan, voted yes.')).toEqual([['Jeanne Shaheen', 'Jeanne Shaheen']]);
    expect(towns('The cathedral of Sens dates from the 12th century.')).toEqual([['Sens', 'Sens']]);
    expect(towns('They drove south to Sens. The cathedral was closed.')).toEqual([]);
    // Members after their party or country: "Labour MPs", "Ukraine MEPs".
    expect(find('Dozens of Ukraine MPs and Kyiv MEPs wrote to him.')).toEqual([
      ['Ukraine', 'Ukraine'],
      ['Kyiv', 'Kyiv'],
    ]);
  });

  it("a weak name of several words is part of a longer name after a capitalised word (\"Romania's Constitutional Court\")", () => {
    const courts = matcherFor(
      [
        entity('organization', 'Constitutional Court of Ukraine', [{ text: 'Constitutional Court', weak: true }]),
        entity('place', 'Romania'),
        entity('person', 'Ursula von der Leyen', [{ text: 'Von der Leyen', weak: true }]),
      ],
      () => true,
    );
    expect(courts('In March the Moldovan Constitutional Court annulled the results.')).toEqual([]);
    expect(courts('Yesterday the Moldovan Constitutional Court annulled the results.')).toEqual([]);
    // Unless its initials follow: they say whose it is.
    const parties = matcherFor([
      entity('organization', 'Social Democratic Party of Lithuania', ['LSDP', { text: 'Social Democratic Party', weak: true }]),
      entity('organization', 'Social Democratic Party of Croatia', ['SDP', { text: 'Social Democratic Party', weak: true }]),
    ]);
    expect(parties('In Vilnius the Lithuanian Social Democratic Party (LSDP) won the vote.')).toEqual([
      ['Social Democratic Party of Lithuania', 'Social Democratic Party'],
      ['Social Democratic Party of Lithuania', 'LSDP'],
    ]);
    // Bare, after a title or where a sentence starts, it is still a (weak) match.
    expect(courts('In March the Constitutional Court annulled the results.')).toEqual([['Constitutional Court of Ukraine', 'Constitutional Court', 'weak']]);
    expect(courts('Constitutional Court judges annulled the results.')).toEqual([['Constitutional Court of Ukraine', 'Constitutional Court', 'weak']]);
    expect(courts('She said that President Von der Leyen would attend.')).toEqual([['Ursula von der Leyen', 'Von der Leyen', 'weak']]);
  });

  it('a weak name that goes on with "of" and a name is part of a longer one ("the House of Commons")', () => {
    const chambers = matcherFor(
      [
        entity('organization', 'United States House of Representatives', [{ text: 'the House', weak: true }]),
        entity('organization', 'House of Commons'),
        entity('organization', 'Constitutional Court of Ukraine', [{ text: 'Constitutional Court', weak: true }]),
      ],
      () => true,
    );
    expect(chambers('Labour MPs in the House of Commons voted late on Tuesday.')).toEqual([['House of Commons', 'House of Commons', 'weak']]);
    expect(chambers('Peers in the House of Lords delayed the bill on Tuesday.')).toEqual([]);
    expect(chambers('In March the Constitutional Court of Moldova annulled the results.')).toEqual([]);
    // Not a month: "of May" dates the name, it does not lengthen it.
    expect(chambers('The ruling of the Constitutional Court of May 2024 stands.')).toEqual([['Constitutional Court of Ukraine', 'Constitutional Court', 'weak']]);
    expect(chambers('Speaker Mike Johnson said the House would vote on Tuesday.')).toEqual([['United States House of Representatives', 'the House', 'weak']]);
    expect(chambers('Members of the House Freedom Caucus said they would vote against it.')).toEqual([]);
    // One word is no such name: "convince Washington of Hungary's case".
    const capitals = matcherFor([entity('place', 'Washington, D.C.', [{ text: 'Washington', weak: true }])], () => true);
    expect(capitals('He would try to convince Washington of Hungary’s case.')).toEqual([['Washington, D.C.', 'Washington', 'weak']]);
  });

  it('a weak one-word name joined by a hyphen to a capitalised word is part of one name ("Kasai-Oriental")', () => {
    const places = matcherFor(
      [entity('place', 'Kasai Province', [{ text: 'Kasai', weak: true }]), entity('place', 'Pacific Ocean', [{ text: 'Pacific', weak: true }]), entity('place', 'China'), entity('place', 'Russia')],
      () => true,
    );
    expect(places('Cases rose in Kasai-Oriental and in the Indo-Pacific region.')).toEqual([]);
    expect(places('Cases rose in Kasai\u2011Central on Monday.')).toEqual([]);
    // Bare, or before a lower-case word, it is still a (weak) match; strong names joined so stay two.
    expect(places('Cases rose in Kasai and across the Pacific-facing coast.')).toEqual([
      ['Kasai Province', 'Kasai', 'weak'],
      ['Pacific Ocean', 'Pacific', 'weak'],
    ]);
    expect(places('Russia-China talks resumed.')).toEqual([
      ['Russia', 'Russia'],
      ['China', 'China'],
    ]);
  });

  it('a capital that only starts a sentence does not join a run', () => {
    expect(find('Yesterday Paris voted. In Kyiv, sirens sounded.')).toEqual([
      ['Paris', 'Paris'],
      ['Kyiv', 'Kyiv'],
    ]);
  });

  it("a country's letters joined to a dollar sign are a currency, not the country", () => {
    expect(find('Sales hit US$68.1 billion in the US, and A$3 billion in Paris.')).toEqual([
      ['United States', 'US'],
      ['Paris', 'Paris'],
    ]);
  });

  it('a capital after a semicolon is a name\'s, not a sentence\'s: it joins a run', () => {
    expect(find('a new beer; Blue Paris is sold; Paris voted')).toEqual([['Paris', 'Paris']]);
  });

  it('datelines and lists keep their names: punctuation ends a run', () => {
    expect(find('KYIV, Ukraine — Paris, Kyiv and Ukraine agreed.')).toEqual([
      ['Kyiv', 'KYIV'],
      ['Ukraine', 'Ukraine'],
      ['Paris', 'Paris'],
      ['Kyiv', 'Kyiv'],
      ['Ukraine', 'Ukraine'],
    ]);
  });

  it('a word in capitals joins a run even where a sentence starts ("SHARM EL-SHEIKH" is no "EL")', () => {
    expect(find('SHARM EL-SHEIKH, Egypt, Oct 13')).toEqual([]);
    expect(find('KYIV, Ukraine')).toEqual([
      ['Kyiv', 'KYIV'],
      ['Ukraine', 'Ukraine'],
    ]);
  });

  it("a byline in Title Case names the paper, not its city: \"The Moscow Times\", \"Kyiv Independent\"", () => {
    expect(blockMode(['The Kyiv Times, 2025-12-19'], 1)).toBe(BlockMode.TitleCase);
    expect(find('The Kyiv Times, 2025-12-19')).toEqual([]);
    expect(find('By Staff, Kyiv Independent')).toEqual([]);
    expect(find('Kyiv Today: Talks Resume')).toEqual([['Kyiv', 'Kyiv']]);
  });

  it('a byline or credit in Title Case names a person after "by", not a place: "By Paris Martineau"', () => {
    expect(blockMode(['By Paris Martineau and Chase Turner'], 1)).toBe(BlockMode.TitleCase);
    expect(find('By Paris Martineau and Chase Turner')).toEqual([]);
    expect(find('Reporting by Jordan Smith in Kyiv')).toEqual([['Kyiv', 'Kyiv']]);
    expect(find('Photograph by Jordan Smith/Reuters')).toEqual([]);
    expect(find('By Anna Smith and Jordan Peterson')).toEqual([]);
    expect(find('By Anna Smith and Jordan')).toEqual([['Jordan', 'Jordan']]);
    expect(find('By Jordan')).toEqual([['Jordan', 'Jordan']]);
    // A headline's lower-case "by", or a name at the block's end, stays a place.
    expect(find('Talks Hosted by Paris Today')).toEqual([['Paris', 'Paris']]);
    expect(find('Strikes Condemned By Ukraine')).toEqual([['Ukraine', 'Ukraine']]);
  });

  it('a short sentence of names and short words is prose, not Title Case: "The Buffalo Bills beat the Dallas Cowboys"', () => {
    expect(blockMode(['The Buffalo Bills beat the Dallas Cowboys, and the Denver Broncos lost to the Houston Texans.'], 1)).toBe(BlockMode.Prose);
    expect(blockMode(['Victoria Beckham and Chelsea Manning spoke at the event in Lincoln.'], 1)).toBe(BlockMode.Prose);
    expect(find('The Washington Commanders fired their coach.')).toEqual([]);
    expect(blockMode(['Trump to Meet Putin in Alaska as Talks Stall'], 1)).toBe(BlockMode.TitleCase);
    expect(blockMode(['Trump is in Kyiv, and the talks went on.'], 1)).toBe(BlockMode.Prose);
  });

  it('a headline that writes "is" small is still Title Case, and its names run into no longer name', () => {
    const headline = '"Venezuela is Not a Colony": Delcy Rodriguez Takes Power as Maduro Faces U.S. Trial';
    expect(blockMode([headline], 1)).toBe(BlockMode.TitleCase);
    expect(find(headline).map(([name]) => name)).toEqual(['Venezuela', 'Delcy Rodríguez', 'Nicolás Maduro', 'United States']);
  });

  it('a headline with a possessive is still Title Case: "Fico’s" leaves a small "s"', () => {
    const headline = 'Mass Protests in Kyiv Target PM Fico’s Government';
    expect(blockMode([headline], 1)).toBe(BlockMode.TitleCase);
    expect(find(headline).map(([name]) => name)).toEqual(['Kyiv', 'Robert Fico']);
    expect(blockMode(["Trump's envoy says talks are stalling"], 1)).toBe(BlockMode.Prose);
  });

  it('headlines in Title Case keep their names: there, capitals say nothing', () => {
    expect(blockMode(['Trump Meets Klitschko In Kyiv As Talks Resume'], 1)).toBe(BlockMode.TitleCase);
    expect(find('Trump Meets Klitschko In Kyiv As Talks Resume')).toEqual([
      ['Donald Trump', 'Trump'],
      ['Vitali Klitschko', 'Klitschko'],
      ['Kyiv', 'Kyiv'],
    ]);
  });
});

describe('all-caps text', () => {
  it('an acronym that is also an English word is not marked inside all-caps words', () => {
    expect(blockMode(['JOIN US ON TELEGRAM'], 1)).toBe(BlockMode.AllCaps);
    expect(find('JOIN US ON TELEGRAM')).toEqual([]);
    expect(find('Read more: WHO WE ARE')).toEqual([]);
  });

  it('"U.S." with its full stops and acronyms that are no word still mark there', () => {
    expect(find('U.S. AND NATO ALLIES MEET')).toEqual([
      ['United States', 'U.S'],
      ['NATO', 'NATO'],
    ]);
  });

  it('in prose the same acronyms mark', () => {
    expect(find('The US and the WHO disagreed.')).toEqual([
      ['United States', 'US'],
      ['World Health Organization', 'WHO'],
    ]);
  });
});

describe('names written in capitals', () => {
  it('mid-sentence, a name in capitals is an index, ticker or brand, not the town or person it spells', () => {
    // Seen on real pages: "Germany's DAX fell 0.11%", "In corporate news, FICO revealed a buyback".
    expect(find("Germany's DAX fell 0.11%, while in corporate news FICO revealed a buyback.")).toEqual([]);
    // After punctuation too: Egypt's MENA agency is not a town called Dax or Mena. A sentence's first word is no dateline either.
    expect(find('"Nine were hurt," DAX said. FICO said nothing.')).toEqual([]);
    expect(find('Dax is a spa town; Fico spoke in Bratislava.')).toEqual([
      ['Dax', 'Dax'],
      ['Robert Fico', 'Fico'],
    ]);
  });

  it('a dateline or a name beside other capitals keeps its mark', () => {
    expect(find('KYIV — Fico arrived, and so did the team from CAIRO/PARIS today.')).toEqual([
      ['Kyiv', 'KYIV'],
      ['Robert Fico', 'Fico'],
      ['Paris', 'PARIS'],
    ]);
    expect(find('Acronyms stay: the US and NATO met.')).toEqual([
      ['United States', 'US'],
      ['NATO', 'NATO'],
    ]);
  });
});

describe('a name that opens a sentence', () => {
  const at = (text: string, name: string) => {
    const start = text.indexOf(name);
    return opensSentence([text], { startPart: 0, startOffset: start, endPart: 0, endOffset: start + name.length, words: 1 });
  };

  it('opens its block or follows a full stop, question, colon or quote after one', () => {
    expect(at('Most analysts expect a close race.', 'Most')).toBe(true);
    expect(at('It rained. Brown said the cuts would hurt.', 'Brown')).toBe(true);
    expect(at('He asked: "Arsenal?" and left.', 'Arsenal')).toBe(true);
    expect(at('"Arsenal are back," he said.', 'Arsenal')).toBe(true);
  });

  it('does not when a word of the sentence comes before it', () => {
    expect(at('They beat Arsenal on Saturday.', 'Arsenal')).toBe(false);
    expect(at('"We were brilliant," Arteta said.', 'Arteta')).toBe(false);
    expect(at('Shares in Oracle rose, Brown said.', 'Brown')).toBe(false);
  });

  it('does not when a possessive follows it: an everyday word takes none', () => {
    expect(at("Apple's new phone sold poorly.", 'Apple')).toBe(false);
    expect(at('It rained. Arsenal’s coach was calm.', 'Arsenal')).toBe(false);
    expect(at('It rained. Apple said so.', 'Apple')).toBe(true);
    expect(at("Apple'sauce", 'Apple')).toBe(true);
  });
});
