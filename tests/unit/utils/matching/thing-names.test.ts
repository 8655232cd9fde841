import { describe, expect, it } from 'vitest';
import { afterNamePrefix, endsHeadedName, namesAThing } from '@/utils/matching/thing-names';
import { entity, matcherFor } from './knowledge-matcher';
import { bracketed } from './helpers';

const judge = (marked: string): boolean => {
  const [text, start, end] = bracketed(marked);
  return namesAThing(text, start, end, text.slice(start, end).split(' ').length);
};

describe('a place before a lower-case word that makes a thing of it', () => {
  it.each([
    'found in broccoli and [Brussels] sprouts',
    'a pair of [Wellington] boots',
    'half a cup of [Lima] beans',
    'order [Buffalo] wings',
    'Kobe beef, not [Kobe] beef from elsewhere',
    'the [Oxford] comma',
    'two [Virginia]-class submarines',
    '[Oxford]-style dress shoes',
    'a [New York]‑style slice',
    'paid 30 [US] dollars a month',
    'against the [Hong Kong] dollar',
  ])('a thing: %s', (text) => expect(judge(text)).toBe(true));

  it.each([
    'talks in [Brussels] on Monday',
    'the [Brussels] summit',
    '[Lima] beat Cusco',
    'the [Buffalo] Bills',
    '[Wellington] bootmakers',
    '[Paris] sprouts',
    'a [Washington]-based group',
    'the [Virginia]-Maryland line',
    '[Oxford] classes resume',
    'the [US] dollarised economy',
    '[US] aid worth billions of dollars',
  ])('the place: %s', (text) => expect(judge(text)).toBe(false));

  it('matching leaves the thing unmarked and marks the place', () => {
    const find = matcherFor([entity('place', 'Brussels'), entity('place', 'Lima')]);
    expect(find('Eat Brussels sprouts and Lima beans, ministers in Brussels said.')).toEqual([['Brussels', 'Brussels']]);
    expect(matcherFor([entity('place', 'Virginia')])('Virginia-class submarines are built in Virginia.')).toEqual([['Virginia', 'Virginia']]);
  });
});

describe("a ship's prefix before a name", () => {
  const find = matcherFor([entity('person', 'Abraham Lincoln'), entity('person', 'Gerald Ford', [], ['Former President of the United States']), entity('place', 'Vikrant'), entity('person', 'Dwight D. Eisenhower')]);

  it.each(['the [USS] Abraham Lincoln', 'aboard HMS [Prince]', 'INS [Vikrant]', 'the MV [Rubymar]'])('knows the prefix: %s', (text) => {
    const [line, start] = bracketed(text);
    expect(afterNamePrefix(line, start)).toBe(text.startsWith('the [USS]') ? false : true);
  });

  it('leaves the ship unmarked and marks the person elsewhere', () => {
    // Only a surname inside is left, weak: it waits for a full name earlier on the page.
    expect(find('The USS Abraham Lincoln and USS Dwight D. Eisenhower sailed; INS Vikrant stayed.')).toEqual([['Dwight D. Eisenhower', 'Eisenhower', 'weak']]);
    expect(find('Abraham Lincoln was president, and so was Gerald Ford.')).toEqual([
      ['Abraham Lincoln', 'Abraham Lincoln'],
      ['Gerald Ford', 'Gerald Ford'],
    ]);
    // A lawmaker's party tag before a district's town is no mention of a town abroad that shares its name.
    expect(matcherFor([entity('place', 'Portsmouth')])('Speaker Don Scott, D-Portsmouth, said so in Portsmouth (R-Portsmouth).')).toEqual([['Portsmouth', 'Portsmouth']]);
    // Some papers set the tag with an en dash; a dash between two places still joins them.
    expect(matcherFor([entity('place', 'Chesterfield')])('state Sen. Ghazala Hashmi (D–Chesterfield) won; the Leeds–Chesterfield line')).toEqual([['Chesterfield', 'Chesterfield']]);
    // Capitals joined to the name are no prefix: "BUSS" is not "USS".
    expect(find('A campaign called BUSS Abraham Lincoln grew.')).toEqual([['Abraham Lincoln', 'Abraham Lincoln']]);
  });
});

describe('a mountain\'s "Mt." before a name', () => {
  const find = matcherFor([entity('place', 'Kenya'), entity('place', 'Fuji')]);

  it('leaves the mountain or its region unmarked, and the country marked elsewhere', () => {
    expect(find('Voters in Mt. Kenya backed him, as did Kenya; climbers left Mt.\u00a0Fuji.')).toEqual([['Kenya', 'Kenya']]);
    // A sentence that ends in a word and a period is no prefix: "… in Mt. Kenya" is, "… left. Kenya" is not.
    expect(find('Everyone left. Kenya voted.')).toEqual([['Kenya', 'Kenya']]);
  });
});

describe('a sea, a school or a title named "… of" a place', () => {
  const find = matcherFor([entity('place', 'Guinea'), entity('place', 'Tokyo'), entity('place', 'Singapore'), entity('place', 'France'), entity('place', 'Azov')]);

  it.each([
    ['piracy in the Gulf of [Guinea]', true],
    ['a study at the University of [Tokyo]', true],
    ['the National University of [Singapore]', true],
    ['ports on the Sea of [Azov]', true],
    ['the President of [France]', false],
    ['the Bank of [France]', false],
    ['talks in [Tokyo]', false],
  ])('%s', (text, headed) => expect(endsHeadedName(...bracketed(text).slice(0, 2) as [string, number])).toBe(headed));

  it('marks the place on its own, and not inside the longer name', () => {
    expect(find('Piracy in the Gulf of Guinea rose, the University of Tokyo said; Guinea and Tokyo agreed.')).toEqual([
      ['Guinea', 'Guinea'],
      ['Tokyo', 'Tokyo'],
    ]);
  });
});
