import { describe, expect, it } from 'vitest';
import { isKindOfElection, isYearAndKind } from '@/utils/knowledge/generic-names';
import { institutionContexts } from '@/utils/knowledge/place-contexts';
import { withYearKindNames } from '@/utils/knowledge/year-kind-names';
import { aliasesOf } from '@/utils/knowledge/validate';
import { make } from './make-entity';
import { countryDemonyms } from '@/utils/knowledge/demonyms';
import { readKnowledgeFiles } from '@/utils/knowledge/read-files';

const uk = make('united-kingdom', 'place', 'United Kingdom', ['UK', 'Britain'], [['Capital', 'London']]);
const netherlands = make('netherlands', 'place', 'Netherlands', ['Holland'], [['Capital', 'Amsterdam']]);
const london = make('london', 'place', 'London', [], [['Country', 'United Kingdom']]);
const starmer = make('keir-starmer', 'person', 'Keir Starmer', [], [['Office', 'Prime Minister of the United Kingdom']], ['united-kingdom']);
const ukElection = make('2024-uk-general-election', 'event', '2024 United Kingdom general election', ['2024 UK general election'], [], ['united-kingdom', 'keir-starmer']);
const dutchElection = make('2025-dutch-general-election', 'event', '2025 Dutch general election', [], [], ['netherlands']);
const biharElection = make('2025-bihar-election', 'event', '2025 Bihar legislative assembly election', [], [], []);
const budget = make('uk-budget', 'organization', '2024 general election', [], [], ['united-kingdom']);
const all = [uk, netherlands, london, starmer, ukElection, dutchElection, biharElection];

const added = (entity: ReturnType<typeof make>, among = all) => {
  const out = withYearKindNames([entity], among)[0];
  return aliasesOf(out).slice(aliasesOf(entity).length);
};

describe('an event by its year and kind', () => {
  it.each(['2024 general election', '2021 coup', '2025–26 general election', '2022 mobilisation'])('%s is a year and a kind', (text) => expect(isYearAndKind(text)).toBe(true));
  it.each(['2024 United Kingdom general election', 'General election', '2021 Coup', '2025 Dutch general election', 'In 2024 the vote'])('%s is not', (text) => expect(isYearAndKind(text)).toBe(false));
  it.each(['presidential election', 'parliamentary elections', 'general election'])('%s is a vote by its kind alone', (text) => expect(isKindOfElection(text)).toBe(true));
  it.each(['snap election', 'Presidential election', 'presidential runoff', '2024 general election'])('%s is not', (text) => expect(isKindOfElection(text)).toBe(false));

  it('is given weak to an event named by its year, its country (or its people) and its kind', () => {
    expect(added(ukElection)).toEqual([
      { text: '2024 general election', weak: true },
      { text: '2024 general elections', weak: true },
      { text: '2024 election', weak: true },
      { text: '2024 elections', weak: true },
      { text: 'general election', weak: true },
      { text: 'general elections', weak: true },
    ]);
    expect(added(dutchElection)).toEqual([
      { text: '2025 general election', weak: true },
      { text: '2025 general elections', weak: true },
      { text: '2025 election', weak: true },
      { text: '2025 elections', weak: true },
      { text: 'general election', weak: true },
      { text: 'general elections', weak: true },
    ]);
    expect(added(make('coup', 'event', '2021 Myanmar coup', [], [], ['myanmar']), [...all, make('myanmar', 'place', 'Myanmar', [], [['Capital', 'Naypyidaw']])])).toEqual([{ text: '2021 coup', weak: true }]);
  });

  it('is given by its kind alone to a presidential or parliamentary vote, not to a coup', () => {
    const romania = make('romania', 'place', 'Romania', [], [['Capital', 'Bucharest']]);
    const vote = make('2025-romanian-presidential-election', 'event', '2025 Romanian presidential election', [], [], ['romania']);
    expect(added(vote, [...all, romania]).map((a) => a.text)).toEqual(['2025 presidential election', '2025 presidential elections', '2025 election', '2025 elections', 'presidential election', 'presidential elections']);
  });

  it('is given only where the words dropped name a country the event is tied to', () => {
    expect(added(biharElection)).toEqual([]);
    expect(added(make('x', 'event', '2025 Dutch general election', [], [], []))).toEqual([]);
  });

  it('is not given where another kind of entity already goes by it', () => {
    expect(added(ukElection, [...all, budget])).toEqual([
      { text: '2024 general elections', weak: true },
      { text: '2024 election', weak: true },
      { text: '2024 elections', weak: true },
      { text: 'general election', weak: true },
      { text: 'general elections', weak: true },
    ]);
  });

  it('takes its country, capital and leaders as context, which settle it on a page', () => {
    const named = withYearKindNames([ukElection], all);
    expect(institutionContexts(named, all)['2024-uk-general-election']).toEqual(['United Kingdom', 'UK', 'Britain', 'London', 'Keir Starmer']);
  });

  it('finds the bundled votes, budgets and protests named by a year and a country tied to that country, which their year-and-kind names need', () => {
    const files = readKnowledgeFiles();
    const countries = files.find((f) => f.name === 'places/countries.json')!.pack.entities;
    const demonyms = countryDemonyms(countries);
    const words = countries.flatMap((c) => [...aliasesOf(c).map((a) => a.text), ...(demonyms[c.name] ?? [])].map((w) => [w, c.id] as const)).sort((a, b) => b[0].length - a[0].length);
    // Named after a U.S. state and a party that share a country's name, not after the country.
    const otherPlaces = new Set(['2026-georgia-gubernatorial-election', '2026-poland-2050-leadership-election']);
    const untied = files.flatMap((f) => f.pack.entities).flatMap((e) => {
      const named = /^(?:19|20)\d\d(?:[–-]\d{2,4})? (.+)$/.exec(e.name);
      if (e.type !== 'event' || named === null || otherPlaces.has(e.id) || !/\b(?:elections?|referendum|runoff|budget|protests)\b/.test(named[1])) return [];
      const country = words.find(([word]) => named[1].startsWith(`${word} `));
      return country !== undefined && !(e.related ?? []).includes(country[1]) ? [`${e.id} → ${country[1]}`] : [];
    });
    expect(untied).toEqual([]);
  });
});

