import { describe, expect, it } from 'vitest';
import { institutionContexts, placeContexts } from '@/utils/knowledge/place-contexts';
import type { Entity, Fact } from '@/utils/knowledge/types';

const make = (id: string, type: Entity['type'], name: string, aliases: Entity['aliases'], facts: [string, string][] = [], related: string[] = []): Entity => ({
  id,
  type,
  name,
  aliases,
  description: `${name}.`,
  facts: facts.map(([label, value]): Fact => ({ label, value })),
  sources: [{ title: 't', url: 'https://example.org' }],
  asOf: '2025-10-01',
  related,
});

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

  it('are the towns inside a region that is no capital', () => {
    expect(contexts['washington-us-wa']).toEqual(['Seattle']);
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

  it('is none for an institution whose names are its own', () => {
    expect(institutionContexts([whiteHouse], all)).toEqual({});
  });
});
