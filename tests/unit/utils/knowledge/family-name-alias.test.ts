import { describe, expect, it } from 'vitest';
import { judgedAliases } from '@/utils/knowledge/judged-aliases';
import { bothFamilyNames, familyNameOf } from '@/utils/knowledge/family-name-alias';
import { loadAmbiguityLists } from '@/utils/knowledge/word-lists';
import { AliasFlag, buildAliasIndex, readFlags } from '@/utils/matching/alias-index';
import { cueMask } from '@/utils/matching/cues';
import { findMatches } from '@/utils/matching/match';
import type { Entity } from '@/utils/knowledge/types';
import { entity, matcherFor } from '../matching/knowledge-matcher';

/** The alias index of `entities` as the build judges them. */
const indexOf = (entities: Entity[]) => buildAliasIndex(judgedAliases(entities, loadAmbiguityLists()));

describe("a person's family name, when the knowledge does not give it", () => {
  it.each([
    ['Michael D Higgins', 'Higgins'],
    ['Catherine Connolly', 'Connolly'],
    ['Ursula von der Leyen', 'von der Leyen'],
    ['Erik ten Hag', 'ten Hag'],
    ['Alexandre de Moraes', 'de Moraes'],
    ['Yulia Svyrydenko (politician)', 'Svyrydenko'],
  ])('%s → %s', (name, family) => expect(familyNameOf(name)).toBe(family));

  it.each(['Mohammed VI', 'Ferdinand Marcos Jr.', 'Kim Jong Un', 'Madonna', 'Ahmed al-Sharaa', 'Catherine, Princess of Wales', 'Anne of Cleves', 'Nawal the Kuwaiti', 'Catherine the Great'])('%s has none to take', (name) => expect(familyNameOf(name)).toBeNull());

  const lists = loadAmbiguityLists();

  it.each([
    ['Alberto González Amador', 'González Amador'],
    ['Andrés Manuel López Obrador', 'López Obrador'],
    ['Isabel Díaz Ayuso', 'Díaz Ayuso'],
    ['María Corina Machado', null],
    ['Juan Carlos Cruz', null],
    ['Pedro Sánchez', null],
    ['Ursula von der Leyen', null],
  ])("a Spanish-speaking person's two family names: %s → %s", (name, both) => expect(bothFamilyNames(name, lists.givenNames)).toBe(both));

  it('gives a Spanish-speaking person both family names, weak, as news gives them ("Gonzalez Amador had proposed")', () => {
    const spaniard = { ...entity('person', 'Alberto González Amador'), description: 'Spanish businessman.' };
    const found = matcherFor([spaniard]);
    expect(found('Alberto González Amador sued. Gonzalez Amador had proposed a deal.').slice(0, 2)).toEqual([
      ['Alberto González Amador', 'Alberto González Amador'],
      ['Alberto González Amador', 'Gonzalez Amador', 'weak'],
    ]);
    // Not for others: an Irishman's middle name is no family name.
    const irishman = { ...entity('person', 'Mary Lou McDonald'), description: 'Irish politician.' };
    expect(judgedAliases([irishman], lists).map(([text]) => text)).not.toContain('Lou McDonald');
  });

  const irish = entity('person', 'Michael D Higgins', ['President Higgins'], ['President of Ireland']);
  const congressman = entity('person', 'Clay Higgins', ['Higgins'], ['U.S. Representative for Louisiana']);

  it('adds it weak, with no cue, and after the names the knowledge gives', () => {
    const aliases = judgedAliases([irish, congressman], lists).filter(([text]) => text === 'Higgins');
    expect(aliases.map(([text, position]) => [text, position])).toEqual([
      ['Higgins', 0],
      ['Higgins', 1],
    ]);
    expect(aliases[0][2]).toBe(AliasFlag.Weak);
    // The name it contests stays strong and carries its person's cues, for a title to settle it.
    expect(readFlags(aliases[1][2])).toMatchObject({ weak: false, cues: cueMask('U.S. Representative for Louisiana') });
  });

  it("contests a page's own person's name too, which a title settles and which stays theirs alone", () => {
    const president = entity('person', 'Donald Trump', ['Trump'], ['President of the United States']);
    const wife = entity('person', 'Melania Trump', [], ['First Lady of the United States']);
    expect(judgedAliases([president, wife], lists, (p) => p === 0).filter(([text]) => text === 'Trump').map(([, p]) => p)).toEqual([0, 1]);
    const find = matcherFor([president, wife], () => true);
    expect(find('Trump spoke.')).toEqual([['Donald Trump', 'Trump']]);
    expect(findMatches(['Trump spoke.'], indexOf([president, wife]))[0].alternatives).toEqual([1]);
    expect(findMatches(['President Trump spoke.'], indexOf([president, wife]))[0]).toMatchObject({ entity: 0, weak: false, alternatives: [] });
    // "Mr" fits them both: the page's store decides by whom it named in full.
    expect(findMatches(['Mr Trump spoke.'], indexOf([president, wife]))[0].alternatives).toEqual([1]);
    // One of them gets it only where the name starts with a given name: "Abiy Ahmed" is "Abiy".
    const abiy = entity('person', 'Abiy Ahmed', ['Abiy'], ['Prime Minister of Ethiopia']);
    const petr = entity('person', 'Petr Pavel', [], ['President of the Czech Republic']);
    expect(judgedAliases([abiy], lists, () => true).map(([text]) => text)).not.toContain('Ahmed');
    expect(judgedAliases([abiy], lists).map(([text]) => text)).toContain('Ahmed');
    expect(judgedAliases([petr], lists, () => true).map(([text]) => text)).toContain('Pavel');
  });

  it('makes the bare family name a shared one the page settles, not a second entity marked alone', () => {
    const find = matcherFor([irish, congressman], () => true);
    // Alone, "Higgins" stays the congressman's; the page's store moves it to whoever it named in full.
    expect(find('Mr Higgins spoke.')).toEqual([['Clay Higgins', 'Higgins']]);
    const two = matcherFor([entity('person', 'Catherine Connolly', [], ['President of Ireland']), entity('person', 'Lucy Connolly')], () => true);
    expect(two('Ms Connolly signed.')).toEqual([['Catherine Connolly', 'Connolly', 'weak']]);
  });

  it("takes the family name of every other full name the knowledge gives, as news shortens each", () => {
    const babaryka = entity('person', 'Viktar Babaryka', ['Viktor Babariko', 'Viktor Babaryko'], ['Banker']);
    const generated = judgedAliases([babaryka], lists).filter(([, , flags]) => readFlags(flags).weak).map(([text]) => text);
    expect(generated).toEqual(expect.arrayContaining(['Babaryka', 'Babariko', 'Babaryko']));
    // A weak alias is no full name to shorten, and the same family name is given once.
    const orban = entity('person', 'Viktor Orbán', ['Viktor Orban', { text: 'Orbán Viktor', weak: true }]);
    expect(judgedAliases([orban], lists).map(([text]) => text).filter((t) => /^Orb[aá]n$|^Viktor$/.test(t))).toEqual(['Orbán']);
  });

  it("keeps the other people of a weak family name an honorific settled, for the page to pick the one it named in full", () => {
    const former = entity('person', 'Manmohan Singh', [{ text: 'Singh', weak: true }], ['Prime Minister of India']);
    const leader = entity('person', 'Pritam Singh', [], ['Leader of the Opposition of Singapore']);
    const index = indexOf([former, leader]);
    // "Mr" fits both: the knowledge's own "Singh" is marked, with the other kept (see `chooseEntity`).
    expect(findMatches(['Mr Singh spoke.'], index)[0]).toMatchObject({ entity: 0, weak: false, alternatives: [1] });
    // A title fits one of them only: that one, alone.
    expect(findMatches(['Prime Minister Singh spoke.'], index)[0]).toMatchObject({ entity: 0, weak: false, alternatives: [] });
  });

  it('leaves a full name two people go by to a title that fits one of them (both names weak, with their cues)', () => {
    const father = entity('person', 'Robert F. Kennedy', ['Bobby Kennedy'], ['United States Attorney General', 'U.S. Senator from New York']);
    const son = entity('person', 'Robert F. Kennedy Jr.', ['Bobby Kennedy'], ['United States Secretary of Health and Human Services']);
    const index = indexOf([father, son]);
    expect(findMatches(['Health Secretary Bobby Kennedy spoke.'], index)[0]).toMatchObject({ entity: 1, weak: false, alternatives: [] });
    expect(findMatches(['Senator Bobby Kennedy spoke.'], index)[0]).toMatchObject({ entity: 0, weak: false, alternatives: [] });
    // No title, or one that fits neither: the page's store decides by whom the story named in full.
    expect(findMatches(['Bobby Kennedy spoke.'], index)[0]).toMatchObject({ entity: 0, alternatives: [1] });
    expect(findMatches(['Mayor Bobby Kennedy spoke.'], index)[0]).toMatchObject({ entity: 0, alternatives: [1] });
  });
});
