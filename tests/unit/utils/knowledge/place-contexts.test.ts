import { describe, expect, it } from 'vitest';
import { institutionContexts, placeContexts } from '@/utils/knowledge/place-contexts';
import type { Entity } from '@/utils/knowledge/types';
import { make } from './make-entity';

const unitedStates = make('united-states', 'place', 'United States', ['US', 'U.S.', 'America', { text: 'States', weak: true }], [['Capital', 'Washington, D.C.'], ['Continent', 'North America']]);
const romania = make('romania', 'place', 'Romania', [], [['Capital', 'Bucharest'], ['Continent', 'Europe']]);
const dc = make('washington-dc', 'place', 'Washington, D.C.', ['Washington'], [['Country', 'United States']]);
const state = make('washington-us-wa', 'place', 'Washington (U.S. state)', ['Washington state', { text: 'Washington', weak: true }], [['Country', 'United States']]);
const seattle = make('seattle', 'place', 'Seattle', [], [['Country', 'United States'], ['Region', 'Washington']]);
const whiteHouse = make('white-house', 'organization', 'White House', [], [], ['washington-dc']);
const psd = make('psd-romania', 'organization', 'Social Democratic Party (Romania)', ['PSD', { text: 'Social Democratic Party', weak: true }], [], ['romania']);
const grindeanu = make('sorin-grindeanu', 'person', 'Sorin Grindeanu', [], [], ['psd-romania']);
const all = [unitedStates, romania, dc, state, seattle, whiteHouse, psd, grindeanu];

describe('the names that say which of two places sharing a name is meant', () => {
  const contexts = placeContexts(all, all);

  it("are a capital's country, by its strong names, then what is tied to it", () => {
    expect(contexts['washington-dc']).toEqual(['United States', 'US', 'U.S.', 'America', 'White House']);
  });

  it("are, for a capital, its country's leaders too: a story that names the president means the capital", () => {
    const president = { ...make('donald-trump', 'person', 'Donald Trump', [], [], ['united-states']), facts: [{ label: 'Office', value: 'President of the United States', from: '2025-01-20' }] };
    const withLeader = [...all, president];
    expect(placeContexts(withLeader, withLeader)['washington-dc']).toEqual(['United States', 'US', 'U.S.', 'America', 'Donald Trump', 'White House']);
  });

  it("are a leader's family name too, where their entry gives it strong: a story names \"President Trump\" more than Donald Trump", () => {
    const office = [{ label: 'Office', value: 'President of the United States', from: '2025-01-20' }];
    const trump = { ...make('donald-trump', 'person', 'Donald Trump', ['Trump'], [], ['united-states']), facts: office };
    const lee = { ...make('jon-lee', 'person', 'Jon Lee', ['Lee'], [], ['united-states']), facts: office };
    const vance = { ...make('jd-vance', 'person', 'JD Vance', [{ text: 'Vance', weak: true }], [], ['united-states']), facts: office };
    const withLeaders = [...all, trump, lee, vance];
    // "Lee" is too short to say a country; a weak family name says nothing.
    expect(placeContexts(withLeaders, withLeaders)['washington-dc']).toEqual(['United States', 'US', 'U.S.', 'America', 'Donald Trump', 'Trump', 'Jon Lee', 'JD Vance', 'White House']);
  });

  it('are the towns inside a region that is no capital', () => {
    expect(contexts['washington-us-wa']).toEqual(['Seattle']);
  });

  it("are, for a state named like a country, its country's other states that no other entity names", () => {
    const region = (id: string, name: string, aliases: Entity['aliases'] = []) =>
      make(id, 'place', name, aliases, [['Type', 'First-level administrative region'], ['Country', 'United States']]);
    const georgia = make('georgia', 'place', 'Georgia', [], [['Capital', 'Tbilisi']]);
    const state = region('georgia-us-ga', 'Georgia (U.S. state)', [{ text: 'Georgia', weak: true }]);
    const states = [state, region('alabama-us-al', 'Alabama'), region('florida-us-fl', 'Florida'), region('washington-region', 'Washington')];
    const withStates = [...all, georgia, ...states];
    const found = placeContexts(withStates, withStates);
    expect(found['georgia-us-ga']).toEqual(['Alabama', 'Florida']);
    // A state whose name no country has keeps its own towns alone.
    expect(found['washington-us-wa']).toEqual(['Seattle']);
  });

  it("are, for a state named like a person and like nothing else, its country too: \"Florida\" in a story that names the U.S.", () => {
    const region = (id: string, name: string, aliases: Entity['aliases'] = []) =>
      make(id, 'place', name, aliases, [['Type', 'First-level administrative region'], ['Country', 'United States']]);
    const florida = region('florida-us-fl', 'Florida (U.S. state)', [{ text: 'Florida', weak: true }]);
    const miami = make('miami', 'place', 'Miami', [], [['Country', 'United States'], ['Region', 'Florida']]);
    // Another entity of the name (a person, a country) keeps it out: its country would not say which.
    const virginia = region('virginia-us-va', 'Virginia (U.S. state)', [{ text: 'Virginia', weak: true }]);
    const woolf = make('virginia-woolf', 'person', 'Virginia Woolf', [{ text: 'Virginia', weak: true }]);
    const withStates = [...all, florida, miami, virginia, woolf];
    const found = placeContexts(withStates, withStates);
    expect(found['florida-us-fl']).toEqual(['Miami', 'United States', 'US', 'U.S.', 'America']);
    expect(found['virginia-us-va']).toBeUndefined();
  });
});

describe("an institution's context", () => {
  it('is its country by every name, the capital and the people tied to it', () => {
    expect(institutionContexts([psd], all)).toEqual({ 'psd-romania': ['Romania', 'Bucharest', 'Sorin Grindeanu'] });
  });

  // "Washington, D.C." goes: a page that holds it holds "Washington".
  it("names the capital by its entity's other names too", () => {
    const senate = make('us-senate', 'organization', 'United States Senate', ['US Senate', { text: 'Senate', weak: true }], [], ['united-states']);
    expect(institutionContexts([senate], [...all, senate])['us-senate']).toEqual(['United States', 'US', 'U.S.', 'America', 'States', 'Washington']);
  });

  it("lists a chamber's generated rank and file after the people written by hand, even where their office names the party", () => {
    const office = (value: string) => [{ label: 'Office', value, from: '2024-07-04' }];
    const member = { ...make('abe-aaron', 'person', 'Abe Aaron', [], [], ['psd-romania']), facts: office('Member of Parliament for Somewhere, elected for Social Democratic Party at the 2024 election') };
    const leader = { ...make('zoe-zeta', 'person', 'Zoe Zeta', [], [], ['psd-romania']), facts: office('Leader of the Social Democratic Party (Romania)') };
    const withMembers = [...all, member, leader];
    // Without the mark, alphabetical order and the office's words put the member first.
    expect(institutionContexts([psd], withMembers)['psd-romania']).toEqual(['Romania', 'Bucharest', 'Abe Aaron', 'Zoe Zeta', 'Sorin Grindeanu']);
    expect(institutionContexts([psd], withMembers, (e) => e.id === 'abe-aaron')['psd-romania']).toEqual(['Romania', 'Bucharest', 'Zoe Zeta', 'Sorin Grindeanu', 'Abe Aaron']);
  });

  it('lists first, of the people tied to it, those most else is tied to: the chancellor before a former whip', () => {
    const whip = make('ada-whip', 'person', 'Ada Whip', [], [], ['psd-romania']);
    const chancellor = make('rita-treasury', 'person', 'Rita Treasury', [], [], ['psd-romania']);
    const ministry = make('treasury', 'organization', 'Treasury of Romania', [], [], ['rita-treasury']);
    const budget = make('budget-2026', 'event', 'Budget of 2026', [], [], ['rita-treasury']);
    const withTies = [...all, whip, chancellor, ministry, budget];
    expect(institutionContexts([psd], withTies)['psd-romania']).toEqual(['Romania', 'Bucharest', 'Rita Treasury', 'Sorin Grindeanu', 'Ada Whip']);
  });

  it("lists what it is tied to by hand before its people, who would crowd it out (the European Parliament's MEPs)", () => {
    const union = make('european-union', 'organization', 'European Union', ['EU']);
    const parliament = make('european-parliament', 'organization', 'European Parliament', [{ text: 'Parliament', weak: true }], [], ['european-union']);
    const meps = Array.from({ length: 40 }, (_, i) => make(`mep-${i}`, 'person', `Mep Number${String.fromCharCode(65 + (i % 26))}${i}`, [], [], ['european-parliament']));
    const found = institutionContexts([parliament], [...all, union, parliament, ...meps])['european-parliament'];
    expect(found[0]).toBe('European Union');
    expect(found).toHaveLength(30);
  });

  it('is none for an institution whose names are its own', () => {
    expect(institutionContexts([whiteHouse], all)).toEqual({});
  });

  it('is, for a body pages carry, that of its weak name at home too: "Congress" of "U.S. Congress" is named by its country', () => {
    const congress = make('us-congress', 'organization', 'United States Congress', ['U.S. Congress', { text: 'Congress', weak: true }], [], ['united-states']);
    expect(placeContexts([congress], [...all, congress])['us-congress']).toEqual(['United States', 'US', 'U.S.', 'America', 'States', 'Washington']);
    // Not a weak name its country does not precede: "Respect and Freedom" is no "Hungary Respect and Freedom".
    const tisza = make('tisza-party', 'organization', 'Tisza Party', [{ text: 'Tisza', weak: true }], [], ['united-states']);
    expect(placeContexts([tisza], [...all, tisza])['tisza-party']).toBeUndefined();
  });
});
