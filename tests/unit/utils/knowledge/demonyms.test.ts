import { describe, expect, it } from 'vitest';
import { countryDemonyms } from '@/utils/knowledge/demonyms';
import { demonymPlural } from '@/utils/matching/demonym-plural';
import type { Entity } from '@/utils/knowledge/types';

const country = (name: string, aliases: string[] = []): Entity => ({ id: name.toLowerCase().replace(/ /g, '-'), type: 'place', name, aliases, description: 'Country.', facts: [{ label: 'Capital', value: 'X' }], sources: [{ title: 'X', url: 'https://example.org' }], asOf: '2025-10-01' });

describe('the demonyms of the countries pages carry', () => {
  const found = countryDemonyms([country('Argentina'), country('Philippines'), country('United States', ['US']), country('Pakistan'), country('Switzerland'), country('Dominica'), country('Dominican Republic'), country('Niger'), country('Nigeria')]);

  it("gives each country its people's word, from the dataset and the few it lacks, and leaves the plural to the page", () => {
    expect(found.Argentina).toEqual(['Argentine', 'Argentinian']);
    expect(found.Philippines).toEqual(expect.arrayContaining(['Filipino', 'Philippine']));
    expect(found['United States']).toEqual(['American']);
    expect(found.Pakistan).toEqual(['Pakistani']);
    expect(['American', 'Pakistani', 'Filipino', 'Argentine'].map(demonymPlural)).toEqual(['Americans', 'Pakistanis', 'Filipinos', 'Argentines']);
    // No plural where English has none of that form.
    expect(found.Switzerland).toEqual(['Swiss']);
    expect(demonymPlural('Swiss')).toBeNull();
  });

  it('leaves out a word that names two of the countries ("Dominican")', () => {
    expect(found.Dominica).toBeUndefined();
    expect(found['Dominican Republic']).toBeUndefined();
    expect(found.Niger).toEqual(['Nigerien']);
    expect(found.Nigeria).toEqual(['Nigerian']);
  });
});
