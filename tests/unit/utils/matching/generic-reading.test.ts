import { describe, expect, it } from 'vitest';
import { afterIndefiniteArticle } from '@/utils/matching/generic-reading';
import { dictionary } from './helpers';

describe('a people\'s adjective and a common noun after "a" or "an" is one of a kind (afterIndefiniteArticle)', () => {
  const find = dictionary({
    'State of Palestine': ['Palestinian state'],
    'Labour Party': ['Labour', 'Labour government'],
    'Gaza Strip': [],
    'Washington (state)': ['Washington state'],
  });

  it('is no mark after "a" or "an"', () => {
    expect(find('efforts to block the creation of a Palestinian state.')).toEqual([]);
    expect(find('Leaders called for an Palestinian state to be recognised.')).toEqual([]);
  });

  it('is the named thing after "the" or with no article', () => {
    expect(find('They recognised the Palestinian state on Monday.')).toEqual([['State of Palestine', 'Palestinian state']]);
    expect(find('Recognising Palestinian state institutions.')).toEqual([['State of Palestine', 'Palestinian state']]);
  });

  it('leaves a name and its kind alone: "a Washington state resident", "a Labour government"', () => {
    expect(find('the first death of a Washington state resident')).toEqual([['Washington (state)', 'Washington state']]);
    expect(find('a Labour government would act')).toEqual([['Labour Party', 'Labour government']]);
  });

  it('leaves names that end in a capitalised word alone ("a Gaza Strip resident")', () => {
    expect(find('He is a Gaza Strip resident.')).toEqual([['Gaza Strip', 'Gaza Strip']]);
  });

  it("reads the name's own case, not the page's: a headline's \"a Palestinian State\" is one of a kind too", () => {
    expect(find('Hopes Rise for a Palestinian State')).toEqual([]);
  });

  it('reads the article as a word of its own', () => {
    expect(afterIndefiniteArticle('a Palestinian', 2)).toBe(true);
    expect(afterIndefiniteArticle('Obama Palestinian', 6)).toBe(false);
    expect(afterIndefiniteArticle('Sheba Palestinian', 6)).toBe(false);
    expect(afterIndefiniteArticle('A Palestinian', 2)).toBe(false);
  });
});
