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

  it('a rank written short ("Cmdr.", "Cpl.") leaves the body before it marked', () => {
    const ranks = matcherFor([entity('organization', 'U.S. Border Patrol'), entity('organization', 'Marine Corps'), entity('person', 'Gregory Bovino')]);
    expect(ranks('U.S. Border Patrol Cmdr. Gregory Bovino spoke, and a Marine Corps Cpl. Jones listened.')).toEqual([
      ['U.S. Border Patrol', 'U.S. Border Patrol'],
      ['Gregory Bovino', 'Gregory Bovino'],
      ['Marine Corps', 'Marine Corps'],
    ]);
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

  it('a month written short after a dateline\'s place is the date, not part of a name', () => {
    const datelines = matcherFor([entity('place', 'Lisbon'), entity('place', 'Athens')]);
    expect(datelines('Lisbon Dec 19, 2025 — The president spoke. Athens Sept 3 — Talks ended.')).toEqual([
      ['Lisbon', 'Lisbon'],
      ['Athens', 'Athens'],
    ]);
    expect(datelines('Lisbon Story, a film, and Athens Academy.')).toEqual([]);
  });

  it('a U.S. party label after a state leaves the state marked ("Texas Republican Ted Cruz", "Ohio Democrats")', () => {
    const states = matcherFor([entity('place', 'Texas'), entity('place', 'Ohio'), entity('person', 'Ted Cruz'), entity('place', 'Paris')]);
    expect(states('Texas Republican Ted Cruz and Ohio Democrats disagreed.')).toEqual([
      ['Texas', 'Texas'],
      ['Ted Cruz', 'Ted Cruz'],
      ['Ohio', 'Ohio'],
    ]);
    // Any other capitalised word still makes a longer name: "Texas Rangers", "Paris Hilton".
    expect(states('She watched the Texas Rangers play and met Paris Hilton there.')).toEqual([]);
  });

  it('a legal form after a company leaves the company marked ("Nvidia Corp.", "Shell Plc")', () => {
    const companies = matcherFor([entity('organization', 'Nvidia'), entity('organization', 'Shell plc', ['Shell']), entity('place', 'Paris')]);
    expect(companies('Shares of Nvidia Corp. rose, and Shell Plc said so.')).toEqual([
      ['Nvidia', 'Nvidia'],
      ['Shell plc', 'Shell Plc'],
    ]);
    expect(companies('She met Paris Hilton there.')).toEqual([]);
  });
});
