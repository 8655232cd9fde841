import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { countryLookup, countryNameOf, FEATURE_NAMES, featureName, matchCountryFeatures } from '@/utils/geo/country-match';
import type { CountryTopology } from '@/utils/geo/types';
import { readKnowledgeFiles } from '@/utils/knowledge/read-files';

const require = createRequire(import.meta.url);
const fine = require('world-atlas/countries-50m.json') as CountryTopology;
const coarse = require('world-atlas/countries-110m.json') as CountryTopology;
const names = fine.objects.countries.geometries.map(featureName);
const files = readKnowledgeFiles();
const countries = files.find((f) => f.name === 'places/countries.json')!.pack.entities;
const places = files.filter((f) => f.name.startsWith('places/') && !f.name.startsWith('places/gazetteer/')).flatMap((f) => f.pack.entities);

/** UN members world-atlas has no outline for, and why: their cards have no map. */
const WITHOUT_OUTLINE: Record<string, string> = {
  tuvalu: 'Natural Earth 4.1’s 1:50m countries leave out Tuvalu (26 km² of atolls)',
};

describe('matching country entities to world-atlas features', () => {
  const matched = matchCountryFeatures(countries, names);

  it('finds every UN member world-atlas has, each its own feature', () => {
    const missing = countries.filter((c) => !matched.has(c.id)).map((c) => c.id);
    expect(missing).toEqual(Object.keys(WITHOUT_OUTLINE));
    expect(new Set(matched.values()).size).toBe(matched.size);
  });

  it('matches by name, alias or the override table, and the right feature each time', () => {
    const nameOf = (id: string) => names[matched.get(id)!];
    expect(nameOf('ukraine')).toBe('Ukraine');
    expect(nameOf('united-states')).toBe('United States of America');
    expect(nameOf('czech-republic')).toBe('Czechia');
    expect(nameOf('ivory-coast')).toBe('Côte d\'Ivoire');
    expect(nameOf('north-macedonia')).toBe('Macedonia');
    expect(nameOf('democratic-republic-of-the-congo')).toBe('Dem. Rep. Congo');
    expect(nameOf('republic-of-the-congo')).toBe('Congo');
  });

  it('keeps an override table whose every entry names a feature and an entity', () => {
    const ids = new Set(places.map((p) => p.id));
    for (const [id, feature] of Object.entries(FEATURE_NAMES)) {
      expect(names, id).toContain(feature);
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('also finds the disputed states and territories that have an outline', () => {
    const all = matchCountryFeatures([...countries, ...places.filter((p) => !countries.includes(p))], names);
    for (const id of ['kosovo', 'taiwan', 'state-of-palestine', 'western-sahara', 'northern-cyprus', 'somaliland', 'greenland', 'falkland-islands', 'vatican-city']) {
      expect(all.has(id), id).toBe(true);
    }
  });

  it('finds every 1:110m feature at 1:50m by name (the coarse map of a country is the same country)', () => {
    const coarseNames = coarse.objects.countries.geometries.map(featureName);
    expect(coarseNames.filter((n) => !names.includes(n))).toEqual([]);
  });
});

describe('a place’s "Country" fact', () => {
  it('reads as the country entity, whatever the fact adds in brackets', () => {
    const find = countryLookup(countries);
    expect(countryNameOf('Ukraine (internationally recognised; city with special status)')).toBe('Ukraine');
    expect(find('Ukraine (internationally recognised)')).toBe('ukraine');
    expect(find('Czechia')).toBe('czech-republic');
    expect(find('United States')).toBe('united-states');
    expect(find('Atlantis')).toBeUndefined();
  });
});
