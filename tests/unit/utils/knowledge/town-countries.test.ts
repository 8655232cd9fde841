import { describe, expect, it } from 'vitest';
import { countriesByName, readTownCountries, regionQualifiers, townCountries } from '@/utils/knowledge/town-countries';
import type { Entity } from '@/utils/knowledge/types';
import { readKnowledgeFiles } from '@/utils/knowledge/vite-plugin';

const place = (id: string, name: string, facts: Record<string, string>, aliases: Entity['aliases'] = []): Entity => ({
  id,
  type: 'place',
  name,
  aliases,
  description: 'A place.',
  facts: Object.entries(facts).map(([label, value]) => ({ label, value })),
  sources: [{ title: 'Source', url: 'https://example.org' }],
  asOf: '2025-01-01',
});

const russia = place('russia', 'Russia', { Capital: 'Moscow' });
const us = place('united-states', 'United States', { Capital: 'Washington, D.C.' });
const moscow = place('moscow', 'Moscow', { Country: 'Russia' });
const toledo = place('toledo-us', 'Toledo', { Type: 'City', Country: 'United States' });
const idaho = place('idaho-us-id', 'Idaho', { Type: 'First-level administrative region', Country: 'United States' });
const georgiaState = place('georgia-us-ga', 'Georgia (U.S. state)', { Type: 'First-level administrative region', Country: 'United States' }, [{ text: 'Georgia', weak: true }]);
const bavaria = place('bavaria-de-02', 'Bavaria', { Type: 'First-level administrative region', Country: 'Germany' });
const dnieper = place('dnieper', 'Dnieper', { Type: 'River', Country: 'Ukraine' });
const kremlin = place('kremlin', 'Kremlin', { Type: 'Presidential palace', Country: 'Russia' });

describe('townCountries and regionQualifiers: where towns are, and what may follow them', () => {
  const all = [russia, us, moscow, toledo, idaho, georgiaState, bavaria, dnieper, kremlin];

  it('groups the towns and first-level regions by country, leaving out countries, rivers and buildings', () => {
    const towns = townCountries(all, countriesByName(all));
    expect(towns).toEqual({ Russia: 'moscow', 'United States': 'toledo-us idaho-us-id georgia-us-ga' });
    expect(readTownCountries(towns).get('toledo-us')).toBe('United States');
    expect(readTownCountries(towns).get('dnieper')).toBeUndefined();
  });

  it('leaves out a town whose country is not a known country', () => {
    expect(townCountries([moscow], new Map([['France', 'France']]))).toEqual({});
  });

  it('takes the states of countries whose news qualifies towns by them, by every bare name', () => {
    const qualifiers = regionQualifiers(all);
    expect(Object.keys(qualifiers)).toEqual(['United States']);
    expect(qualifiers['United States'].split('|')).toEqual(expect.arrayContaining(['Idaho', 'Georgia', 'Ga.', 'Calif.', 'N.Y.']));
    // Abbreviations only for countries whose states the knowledge has: none for Canada here.
    expect(qualifiers['United States']).not.toContain('Ont.');
  });

  it('takes a state whose bare name is its city\'s by that name too ("Rochester, New York")', () => {
    const newYork = place('new-york-us-ny', 'New York (U.S. state)', { Type: 'First-level administrative region', Country: 'United States' }, ['New York state']);
    expect(regionQualifiers([newYork])['United States'].split('|')).toEqual(expect.arrayContaining(['New York', 'New York state']));
  });
});

describe('the bundled knowledge: every town is placed in a country pages can name', () => {
  const entities = readKnowledgeFiles().flatMap((f) => f.pack.entities);
  const countries = countriesByName(entities);
  const towns = readTownCountries(townCountries(entities, countries));

  it('places the gazetteer\'s towns and the core\'s cities', () => {
    expect(towns.get('moscow')).toBe('Russia');
    expect(towns.get('alexandria-eg')).toBe('Egypt');
    expect(towns.get('toledo-us')).toBe('United States');
    // By the country's other name: the gazetteer writes "Türkiye".
    expect(towns.get('izmir-tr')).toBe('Turkey');
    expect(towns.size).toBeGreaterThan(13200);
  });

  it('qualifies by the American, Canadian and Australian states and the British nations', () => {
    const qualifiers = new Map(Object.entries(regionQualifiers(entities)).flatMap(([country, names]) => names.split('|').map((n) => [n, country] as const)));
    expect(qualifiers.get('Idaho')).toBe('United States');
    expect(qualifiers.get('Ontario')).toBe('Canada');
    expect(qualifiers.get('Scotland')).toBe('United Kingdom');
    expect(qualifiers.get('New South Wales')).toBe('Australia');
    expect(qualifiers.get('Bavaria')).toBeUndefined();
    expect(qualifiers.get('Ga.')).toBe('United States');
    expect(qualifiers.get('Ont.')).toBe('Canada');
    expect(qualifiers.get('NSW')).toBe('Australia');
  });
});
