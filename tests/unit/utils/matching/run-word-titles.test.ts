import { describe, expect, it } from 'vitest';
import { entity, matcherFor } from './knowledge-matcher';

describe('words next to a name that join no run of capitals: a head\'s title and a month', () => {
  it('a company\'s or agency\'s head by title ("CEO", "Director") leaves the body before it marked', () => {
    const heads = matcherFor([entity('organization', 'Nvidia'), entity('organization', 'Central Intelligence Agency', ['CIA']), entity('person', 'Jensen Huang')]);
    expect(heads('Nvidia CEO Jensen Huang met CIA Director John Ratcliffe.')).toEqual([
      ['Nvidia', 'Nvidia'],
      ['Jensen Huang', 'Jensen Huang'],
      ['Central Intelligence Agency', 'CIA'],
    ]);
    expect(heads('Nvidia Shield sold well, and so did Nvidia Geforce.')).toEqual([]);
  });

  it("a party's member by title (\"Likud MK\", \"Fidesz MPs\") leaves the party before it marked", () => {
    const members = matcherFor([entity('organization', 'Likud'), entity('organization', 'Fidesz')]);
    expect(members('Likud MK Tally Gotliv and Fidesz MPs objected.')).toEqual([
      ['Likud', 'Likud'],
      ['Fidesz', 'Fidesz'],
    ]);
  });

  it('a month before a name is a date, not part of it; a month that is also a name still joins', () => {
    const polls = matcherFor([entity('organization', 'YouGov'), entity('place', 'Paris')]);
    expect(polls('A January YouGov survey and a November Paris summit.')).toEqual([
      ['YouGov', 'YouGov'],
      ['Paris', 'Paris'],
    ]);
    expect(polls('She met June Paris at the gallery.')).toEqual([]);
  });
});
