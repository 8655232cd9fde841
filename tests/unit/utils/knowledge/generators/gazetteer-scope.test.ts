import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '@/utils/knowledge/generators/gazetteer';
import { gazetteerFile } from '@/utils/knowledge/generators/gazetteer-scope';
import { city, input } from '../../../support/gazetteer-input';

describe('which places the gazetteer takes, and where it files them', () => {
  it('takes places by the issue’s thresholds: 1,000 near the war, 20,000 in Europe, 200,000 elsewhere', () => {
    const { files } = buildGazetteer(
      input([city(1, 'Selydove', 'UA', 21_000), city(2, 'Tinyville', 'UA', 900), city(3, 'Weimar', 'DE', 65_000, '16'), city(4, 'Smalltown', 'DE', 9_000, '16')]),
    );
    expect([...files.values()].flat().map((e) => e.name).sort()).toEqual(['Crimea', 'Donetsk Oblast', 'Selydove', 'Thuringia', 'Weimar']);
  });

  it('takes a capital of 10,000 or a province\'s seat of 100,000 anywhere, after every place kept for its size', () => {
    const { files } = buildGazetteer(
      input([
        city(1, 'Dodoma', 'TZ', 180_000, '03', 'PPLC'),
        city(2, 'Goma', 'CD', 144_000, '19', 'PPLA'),
        city(3, 'Smallseat', 'CD', 90_000, '19', 'PPLA'),
        city(4, 'Saint-Denis', 'RE', 137_000, '00', 'PPLA'),
        city(5, 'Saint-Denis', 'FR', 110_000, '11', 'PPL'),
      ]),
    );
    const names = [...files.values()].flat().filter((e) => e.type === 'place' && !e.id.match(/-[a-z]{2}-\d+$/));
    expect(names.map((e) => e.id).sort()).toEqual(['dodoma-tz', 'goma-cd', 'saint-denis-fr']);
  });

  it('takes a city of 100,000 where news is written in English, in a file of its own, only under a name no other place holds', () => {
    const { files, leftOut } = buildGazetteer(
      input([
        city(1, 'Shreveport', 'US', 187_000, 'LA'),
        city(2, 'Lancaster', 'US', 160_000, 'CA'),
        city(3, 'Lancaster', 'GB', 52_000, 'ENG'),
        city(4, 'Smallville', 'US', 90_000, 'KS'),
        city(5, 'Leverkusen', 'JP', 150_000),
      ]),
    );
    expect(files.get('english-news')?.map((e) => e.id)).toEqual(['shreveport-us']);
    // The first tier is as it was: the English town keeps "Lancaster", which it had before the second tier came.
    expect(files.get('europe')?.map((e) => e.id)).toEqual(['lancaster-gb']);
    expect(leftOut).toContainEqual({ name: 'Lancaster', country: 'US', reason: 'another town’s name too' });
  });

  it('leaves out a second-tier town that shares its name with another of 20,000, a name films say often, or a part of a city, and says why', () => {
    const lists = { commonWords: new Set<string>(), givenNames: new Set<string>(), filmNames: new Set(['richardson']) };
    const { files, leftOut } = buildGazetteer({
      ...input([
        city(1, 'Pasadena', 'US', 153_000, 'TX'),
        city(2, 'Pasadena', 'US', 138_000, 'CA'),
        city(3, 'Richardson', 'US', 119_000, 'TX'),
        city(4, 'Van Nuys', 'US', 136_000, 'CA', 'PPLX'),
        city(5, 'Akron', 'US', 197_000, 'OH'),
      ]),
      lists,
    });
    expect(files.get('english-news')?.map((e) => e.id)).toEqual(['akron-us']);
    expect(leftOut).toEqual([
      { name: 'Pasadena', country: 'US', reason: 'another town’s name too' },
      { name: 'Pasadena', country: 'US', reason: 'another town’s name too' },
      { name: 'Richardson', country: 'US', reason: 'a name films use' },
    ]);
  });

  it('takes a state\'s seat of 10,000 where news is written in English, keeping its name from smaller towns only', () => {
    const lists = { commonWords: new Set<string>(), givenNames: new Set<string>(), filmNames: new Set(['pierre']) };
    const { files, leftOut } = buildGazetteer({
      ...input([
        city(1, 'Harrisburg', 'US', 49_000, 'PA', 'PPLA'),
        city(2, 'Albany', 'US', 98_000, 'NY', 'PPLA'),
        city(3, 'Albany', 'US', 74_000, 'GA', 'PPLA2'),
        city(4, 'Springfield', 'US', 116_000, 'IL', 'PPLA'),
        city(5, 'Springfield', 'US', 166_000, 'MO', 'PPLA2'),
        city(6, 'Pierre', 'US', 14_000, 'SD', 'PPLA'),
        city(7, 'Smallseat', 'US', 9_000, 'VT', 'PPLA'),
        city(8, 'Boroughtown', 'US', 60_000, 'NJ', 'PPL'),
      ]),
      lists,
    });
    expect(files.get('english-news')?.map((e) => e.id)).toEqual(['albany-us', 'harrisburg-us']);
    // Springfield, Missouri, is the larger town and no seat: neither keeps the name; "Pierre" is a name films say.
    expect(leftOut).toContainEqual({ name: 'Springfield', country: 'US', reason: 'another town’s name too' });
    expect(leftOut).toContainEqual({ name: 'Pierre', country: 'US', reason: 'a name films use' });
  });

  it('files places by region of the world', () => {
    expect(['UA', 'RU', 'MD', 'DE', 'TR', 'JP'].map((country) => gazetteerFile(country))).toEqual(['ukraine', 'russia', 'eastern-europe', 'europe', 'middle-east', 'world']);
  });
});
