import { describe, expect, it } from 'vitest';
import { cueBit, cueMask, CUE_GROUPS } from '@/utils/matching/cues';
import { judgedAliases } from '@/utils/knowledge/judged-aliases';
import { loadAmbiguityLists } from '@/utils/knowledge/word-lists';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import { findMatches } from '@/utils/matching/match';
import { entity, matcherFor } from './knowledge-matcher';

const knowledge = [
  entity('person', 'Oleksandr Syrskyi', ['Syrskyi'], ['Commander-in-Chief of the Armed Forces of Ukraine']),
  entity('person', 'António Costa', ['Costa'], ['President of the European Council']),
  entity('person', 'Friedrich Merz', ['Merz'], ['Chancellor of Germany']),
  entity('person', 'Sergei Lavrov', ['Lavrov'], ['Minister of Foreign Affairs of Russia']),
  entity('person', 'Andriy Yermak', ['Yermak'], ['Head of the Office of the President of Ukraine']),
  entity('person', 'Viktor Orbán', ['Orbán'], ['Prime Minister of Hungary']),
  entity('person', 'Mark Young', ['Young'], ['General of the United States Army']),
  entity('person', 'Boris Johnson', ['Johnson'], ['Prime Minister of the United Kingdom']),
  entity('person', 'Mike Johnson', ['Johnson'], ['Speaker of the United States House of Representatives']),
  entity('place', 'Jordan'),
  entity('person', 'Amy Coney Barrett', [{ text: 'Barrett', weak: true }], ['Associate Justice of the Supreme Court of the United States']),
  entity('person', 'Jim Jordan', ['Jordan'], ['Member of the U.S. House of Representatives']),
  entity('place', 'Ukraine'),
  entity('event', 'Russo-Ukrainian War', [{ text: 'the war in Ukraine', weak: true }]),
];
const find = matcherFor(knowledge);

describe('the build’s ambiguity model', () => {
  it('a distinctive surname marks on its own, without the full name earlier on the page', () => {
    expect(find('Syrskyi and Merz spoke; Orban too.')).toEqual([
      ['Oleksandr Syrskyi', 'Syrskyi'],
      ['Friedrich Merz', 'Merz'],
      ['Viktor Orbán', 'Orban'],
    ]);
  });

  it('a surname that is an English word or a shared one waits (weak) for its full name or a cue', () => {
    const all = matcherFor(knowledge, () => true);
    expect(all('Young and Johnson left.')).toEqual([
      ['Mark Young', 'Young', 'weak'],
      ['Boris Johnson', 'Johnson', 'weak'],
    ]);
  });

  it('a name that is also someone’s surname stays the entity whose name it is', () => {
    expect(find('Jordan closed its border.')).toEqual([['Jordan', 'Jordan']]);
  });
});

describe('cue words before a surname', () => {
  it.each([
    ['President Costa opened the summit.', [['António Costa', 'Costa']]],
    ['Mr Costa opened the summit.', [['António Costa', 'Costa']]],
    ['Gen. Young inspected the troops.', [['Mark Young', 'Young']]],
    ['Speaker Johnson adjourned the House.', [['Mike Johnson', 'Johnson']]],
    ['Prime Minister Johnson resigned.', [['Boris Johnson', 'Johnson']]],
    ['PM Johnson resigned.', [['Boris Johnson', 'Johnson']]],
    ['Justices Barrett and Kavanaugh dissented.', [['Amy Coney Barrett', 'Barrett']]],
  ])('%s', (text, expected) => expect(find(text)).toEqual(expected));

  it('a cue needs the right office: after "Chancellor" Costa stays a weak alias, waiting for his full name', () => {
    expect(find('Chancellor Costa replied.')).toEqual([['António Costa', 'Costa', 'weak']]);
    expect(find('General Costa replied.')).toEqual([['António Costa', 'Costa', 'weak']]);
  });

  it('a title after "Vice" or "Deputy" is no cue: "Vice President Duterte" waits for the page, which names the daughter, not the president father', () => {
    const philippines = matcherFor([
      entity('person', 'Rodrigo Duterte', [{ text: 'Duterte', weak: true }], ['President of the Philippines']),
      entity('person', 'Sara Duterte', [{ text: 'Duterte', weak: true }], ['Vice President of the Philippines']),
    ]);
    expect(philippines('Vice President Duterte was impeached.')).toEqual([['Rodrigo Duterte', 'Duterte', 'weak']]);
    expect(philippines('Vice-President Duterte was impeached.')).toEqual([['Rodrigo Duterte', 'Duterte', 'weak']]);
    expect(find('Deputy Speaker Johnson adjourned the House.')).toEqual([['Boris Johnson', 'Johnson', 'weak']]);
    expect(find('Speaker Johnson adjourned the House.')).toEqual([['Mike Johnson', 'Johnson']]);
  });

  it('reads "Chief Executive" before a common full name as its holder\'s title, not part of a longer name', () => {
    const hongKong = matcherFor([
      entity('person', 'John Lee Ka-chiu', [{ text: 'John Lee', weak: true }], ['Chief Executive of Hong Kong']),
      entity('person', 'John Lee Hooker', [{ text: 'John Lee', weak: true }], ['Blues singer']),
    ]);
    expect(hongKong('Chief Executive John Lee ordered inspections.')).toEqual([['John Lee Ka-chiu', 'John Lee']]);
    // No cue: the shared name waits for the page to say which John Lee.
    expect(hongKong('Singer John Lee ordered inspections.')).toEqual([['John Lee Ka-chiu', 'John Lee', 'weak']]);
  });

  it('keeps the other people of the name beside the one a title fits, for the page to choose; not the country', () => {
    const jordans = [
      entity('place', 'Jordan'),
      entity('person', 'Thomas Jordan', [{ text: 'Jordan', weak: true }], ['Chairman of the Swiss National Bank']),
      entity('person', 'Jim Jordan', [{ text: 'Jordan', weak: true }], ['U.S. Representative for Ohio']),
    ];
    const [found] = findMatches(['"He is coming in," Chairman Jordan said.'], buildAliasIndex(judgedAliases(jordans, loadAmbiguityLists())));
    // The title fits Thomas Jordan; a page that named Jim Jordan in full gives it him (see `surnameAgain`).
    expect([jordans[found.entity].name, found.weak, found.alternatives.map((a) => jordans[a].name)]).toEqual(['Thomas Jordan', false, ['Jim Jordan']]);
  });

  it('two people who fit the cue stay ambiguous', () => {
    const twoSpeakers = matcherFor([
      entity('person', 'Mike Johnson', ['Johnson'], ['Speaker of the House']),
      entity('person', 'Kevin Johnson', ['Johnson'], ['Speaker of the Assembly']),
    ]);
    expect(twoSpeakers('Speaker Johnson spoke.')).toEqual([['Mike Johnson', 'Johnson', 'weak']]);
  });

  it('keeps its table in one place: every cue word in one group, every group with cues', () => {
    const words = CUE_GROUPS.flatMap((g) => g.cues);
    expect(new Set(words).size).toBe(words.length);
    expect(cueBit('president')).not.toBe(0);
    expect(cueBit('said')).toBe(0);
    expect(cueMask('Mayor of Kyiv') & cueBit('mayor')).not.toBe(0);
    expect(cueMask('Mayor of Kyiv') & cueBit('president')).toBe(0);
  });
});

describe('given-name transliterations', () => {
  it('finds a person whatever spelling of the given name the page uses', () => {
    expect(find('Sergey Lavrov met Andrii Yermak and Alexander Syrskyi.')).toEqual([
      ['Sergei Lavrov', 'Sergey Lavrov'],
      ['Andriy Yermak', 'Andrii Yermak'],
      ['Oleksandr Syrskyi', 'Alexander Syrskyi'],
    ]);
  });
});

describe('Ukrainian family-name transliterations', () => {
  it('finds a Ukrainian whatever spelling of the family name the page uses, with any spelling of the given name', () => {
    expect(find('Alexander Syrskii met generals; Syrsky said so.')).toEqual([
      ['Oleksandr Syrskyi', 'Alexander Syrskii'],
      ['Oleksandr Syrskyi', 'Syrsky'],
    ]);
    const energy = matcherFor([entity('person', 'Svitlana Hrynchuk', [], ['Minister of Energy of Ukraine'])]);
    expect(energy('Energy Minister Svitlana Grynchuk resigned.')).toEqual([['Svitlana Hrynchuk', 'Svitlana Grynchuk']]);
  });

  it('leaves other people’s names as they are spelled', () => {
    const czech = matcherFor([entity('person', 'Jan Hamáček', [], ['Minister of the Interior of the Czech Republic'])]);
    expect(czech('Jan Gamáček spoke, then Jan Hamáček.')).toEqual([['Jan Hamáček', 'Jan Hamáček']]);
  });
});

describe('family names without the Arabic article', () => {
  const arabic = [
    entity('person', 'Abdel Fattah al-Burhan', ['al-Burhan'], ['Chairman of the Transitional Sovereignty Council of Sudan']),
    entity('person', 'Hussein al-Sheikh', [], ['Vice President of the State of Palestine']),
    entity('person', 'Raed Saleh', ['Saleh'], ['Head of the White Helmets']),
    entity('person', 'Ali al-Saleh', [], ['Minister']),
  ];

  it('reads "Burhan" as the person named in full, and as weak until the page has named him', () => {
    expect(matcherFor(arabic)('Burhan said the army would fight on.')).toEqual([['Abdel Fattah al-Burhan', 'Burhan', 'weak']]);
    expect(matcherFor(arabic, () => true)('Abdel Fattah al-Burhan spoke. Burhan said.')).toEqual([
      ['Abdel Fattah al-Burhan', 'Abdel Fattah al-Burhan'],
      ['Abdel Fattah al-Burhan', 'Burhan', 'weak'],
    ]);
  });

  it('reads the family name after the article written with a capital ("Al-Sheikh said"), not inside another hyphenated name', () => {
    expect(matcherFor(arabic)('Hussein Al-Sheikh spoke. Al-Sheikh said.')).toEqual([['Hussein al-Sheikh', 'Hussein Al-Sheikh'], ['Hussein al-Sheikh', 'Sheikh', 'weak']]);
    expect(matcherFor(arabic)('Sharm-Sheikh said.')).toEqual([]);
    // After another name the article opens that family's name: "Saud Al-Sabah" is no Sabah.
    expect(matcherFor([entity('place', 'Sabah (Malaysia)', [{ text: 'Sabah', weak: true }])], () => true)('Sheikh Fahad Yusuf Saud Al-Sabah spoke; in Al-Sabah, not.')).toEqual([['Sabah (Malaysia)', 'Sabah', 'weak']]);
  });

  it('gives no one a bare name that another person already answers to, and leaves names without the article alone', () => {
    // "Saleh" is Raed Saleh's own alias: Ali al-Saleh does not take it.
    expect(matcherFor(arabic)('Saleh spoke.')).toEqual([['Raed Saleh', 'Saleh']]);
    expect(matcherFor(arabic)('Sheikh spoke.')).toEqual([['Hussein al-Sheikh', 'Sheikh', 'weak']]);
    expect(matcherFor([entity('person', 'Alain Dupont', ['Dupont'])])('Dupont and Alain spoke.')).toEqual([['Alain Dupont', 'Dupont']]);
  });
});

describe('leftmost-longest with weak aliases', () => {
  it('a weak alias that is not marked never hides a name inside it', () => {
    expect(find('Europe watches the war in Ukraine closely.')).toEqual([
      ['Russo-Ukrainian War', 'the war in Ukraine', 'weak'],
      ['Ukraine', 'Ukraine'],
    ]);
  });

  it('nor a shorter name that starts at its first word ("Trump" in "the Trump administration")', () => {
    const trump = [entity('person', 'Donald Trump', ['Trump']), entity('event', 'Second Trump administration', [{ text: 'Trump administration', weak: true }])];
    expect(matcherFor(trump)('Officials in the Trump administration said so.')).toEqual([
      ['Second Trump administration', 'Trump administration', 'weak'],
      ['Donald Trump', 'Trump'],
    ]);
    expect(matcherFor(trump, () => true)('Officials in the Trump administration said so.')).toEqual([['Second Trump administration', 'Trump administration', 'weak']]);
  });

  it('a weak alias that is marked (its entity was named in full) covers its words', () => {
    const marked = matcherFor(knowledge, () => true);
    expect(marked('the war in Ukraine')).toEqual([['Russo-Ukrainian War', 'the war in Ukraine', 'weak']]);
  });
});
