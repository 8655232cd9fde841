import { describe, expect, it } from 'vitest';
import { genericShortName, shortNameForms, withGenericShortNames } from '@/utils/knowledge/generic-short-names';
import type { Entity } from '@/utils/knowledge/types';

const COUNTRIES: Record<string, string[]> = {
  romania: ['Romania'],
  'united-states': ['United States', 'US', 'U.S.'],
  'united-kingdom': ['United Kingdom', 'UK', 'Britain'],
  montenegro: ['Montenegro'],
  russia: ['Russia', 'Russian Federation'],
};
const countryNames = (id: string) => COUNTRIES[id] ?? [];
const org = (name: string, related: string[], aliases: Entity['aliases'] = []): Entity => ({
  id: 'x',
  type: 'organization',
  name,
  aliases,
  description: 'd',
  facts: [],
  sources: [{ title: 't', url: 'https://example.org' }],
  asOf: '2025-10-01',
  related,
});

describe("an institution's short name at home", () => {
  it.each([
    ['National Liberal Party (Romania)', ['romania'], [], 'National Liberal Party'],
    ['Supreme Court of the United Kingdom', ['united-kingdom'], [], 'Supreme Court'],
    ['United States Senate', ['united-states'], ['US Senate'], 'Senate'],
    ['Armed Forces of the Russian Federation', ['russia'], [], 'Armed Forces'],
    // The Philippines, Ireland and Hong Kong have a Department of Justice too: the U.S. one's is weak, for U.S. stories.
    ['United States Department of Justice', ['united-states'], ['DOJ', 'Justice Department'], 'Department of Justice'],
  ])('%s → %s', (name, related, aliases, short) => expect(genericShortName(org(name, related, aliases), countryNames)).toBe(short));

  it.each([
    ['Democratic Party of Socialists of Montenegro', ['montenegro'], []],
    ['National Liberal Party (Romania)', [], []],
    ['National Liberal Party (Moldova)', ['romania'], []],
    ['Social Democratic Party (Romania)', ['romania'], ['Social Democratic Party']],
    ['Patriotic Front of Romania', ['romania'], []],
    ['Socialists (Romania)', ['romania'], []],
  ])('%s keeps its name whole', (name, related, aliases) => expect(genericShortName(org(name, related, aliases), countryNames)).toBeNull());

  it('adds the short name as a weak alias and leaves other entities as they were', () => {
    const party = org('National Liberal Party (Romania)', ['romania'], ['PNL']);
    const other = org('Patriotic Front of Romania', ['romania']);
    const [withShort, unchanged] = withGenericShortNames([party, other], countryNames);
    expect(withShort.aliases).toEqual(['PNL', { text: 'National Liberal Party', weak: true }, "Romania's National Liberal Party"]);
    expect(unchanged).toBe(other);
    expect(party.aliases).toEqual(['PNL']);
  });
});

describe('the other ways news writes a short name', () => {
  it('puts a ministry\'s field first, in both spellings of defence, and names a party by its members', () => {
    expect(shortNameForms('Ministry of Defence')).toEqual(['Ministry of Defence', 'Defence Ministry', 'Defense Ministry']);
    expect(shortNameForms('Ministry of Foreign Affairs')).toEqual(['Ministry of Foreign Affairs', 'Foreign Ministry']);
    expect(shortNameForms('Ministry of the Interior')).toEqual(['Ministry of the Interior', 'Interior Ministry']);
    expect(shortNameForms('Ministry of National Defence')).toEqual(['Ministry of National Defence', 'Defence Ministry', 'Defense Ministry']);
    expect(shortNameForms('Ministry of Internal Affairs')).toEqual(['Ministry of Internal Affairs', 'Interior Ministry']);
    expect(shortNameForms('Ministry for Foreign Affairs')).toEqual(['Ministry for Foreign Affairs', 'Foreign Ministry']);
    expect(shortNameForms('Constitutional Court')).toEqual(['Constitutional Court']);
    expect(shortNameForms('Social Democratic Party')).toEqual(['Social Democratic Party', 'Social Democrats']);
    expect(shortNameForms('Christian Democratic Party')).toEqual(['Christian Democratic Party', 'Christian Democrats']);
    expect(shortNameForms('Socialist Party')).toEqual(['Socialist Party']);
    expect(shortNameForms('National Liberal Party')).toEqual(['National Liberal Party']);
    expect(shortNameForms('Ministry of Culture')).toEqual(['Ministry of Culture']);
  });

  it('adds them as weak aliases, but not a form the entity or the pages already have', () => {
    const ministry = org('Ministry of Defence of Ukraine', ['ukraine'], ['Ukrainian Defence Ministry']);
    const names = (id: string) => (id === 'ukraine' ? ['Ukraine'] : []);
    const [added] = withGenericShortNames([ministry], names, new Set(['defense ministry', "ukraine's ministry of defence"]));
    expect(added.aliases).toEqual([
      'Ukrainian Defence Ministry',
      { text: 'Ministry of Defence', weak: true },
      { text: 'Defence Ministry', weak: true },
      // With the country's name, strong: it says whose it is.
      "Ukraine's Defence Ministry",
    ]);
  });
});

describe('short names the pages already carry', () => {
  it("leaves a name to the entity pages carry it for (the UK's Labour Party keeps \"Labour Party\")", () => {
    const norway = org('Labour Party (Norway)', ['norway']);
    const names = (id: string) => (id === 'norway' ? ['Norway'] : []);
    expect(genericShortName(norway, names)).toBe('Labour Party');
    expect(genericShortName(norway, names, new Set(['labour party']))).toBeNull();
  });
});
