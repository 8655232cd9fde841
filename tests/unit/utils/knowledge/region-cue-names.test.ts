import { describe, expect, it } from 'vitest';
import type { CompiledAlias, Entity } from '@/utils/knowledge/types';
import { markRegionNames } from '@/utils/knowledge/region-cue-names';
import { AliasFlag, readFlags } from '@/utils/matching/alias-index';
import { PARTNER_BITS } from '@/utils/matching/partner-cues';
import { StateCue } from '@/utils/matching/state-cues';
import { make } from './make-entity';

const region = (id: string, name: string, country: string): Entity =>
  make(id, 'place', name, [], [
    ['Type', 'First-level administrative region'],
    ['Country', country],
  ]);
const cuesOf = (alias: CompiledAlias) => readFlags(alias[2]).cues;

describe('markRegionNames', () => {
  const entities = [
    make('poltava-ua', 'place', 'Poltava', []),
    region('poltava-oblast-ua-18', 'Poltava Oblast', 'Ukraine'),
    region('amur-oblast-ru-05', 'Amur Oblast', 'Russia'),
    make('tambov-person', 'person', 'Tambov', []),
    region('tambov-oblast-ru-72', 'Tambov Oblast', 'Russia'),
    region('kent-county-us', 'Kent County', 'United States'),
  ];
  const aliases: CompiledAlias[] = [
    ['Poltava', 0, 0],
    ['Poltava Oblast', 1, 0],
    ['Poltava region', 1, 0],
    ['Amur Oblast', 2, 0],
    ['Amur', 2, 1],
    ['Tambov', 3, 0],
    ['Tambov Oblast', 4, 0],
  ];
  const marked = markRegionNames(entities, aliases.map((a) => [...a] as CompiledAlias));

  it("gives a region its city's name, weak and for a region's words only, and has the city's looked around", () => {
    const added = marked.filter(([text, position]) => text === 'Poltava' && position === 1);
    expect(added).toHaveLength(1);
    expect(readFlags(added[0][2]).weak).toBe(true);
    expect(cuesOf(added[0])).toBe(StateCue.Shared | StateCue.Region | StateCue.CueOnly);
    expect(cuesOf(marked.find(([text, p]) => text === 'Poltava' && p === 0)!)).toBe(StateCue.Shared);
    expect(marked.map(([, position]) => position)).toEqual([...marked.map(([, position]) => position)].sort((a, b) => a - b));
  });

  it("leaves a region whose bare name no other place has, or only a person, and the regions' full names, as they were", () => {
    expect(marked.filter(([, position]) => position === 2)).toEqual([
      ['Amur Oblast', 2, 0],
      ['Amur', 2, 1],
    ]);
    expect(marked.filter(([, position]) => position === 3 || position === 4)).toEqual([
      ['Tambov', 3, 0],
      ['Tambov Oblast', 4, 0],
    ]);
    expect(marked.find(([text]) => text === 'Poltava region')![2]).toBe(0);
  });

  it("gives a region its other spellings' bare names where its own country's city has them (\"Kharkov Oblast\")", () => {
    const places = [
      make('kharkiv', 'place', 'Kharkiv', [], [['Country', 'Ukraine']]),
      region('kharkiv-oblast', 'Kharkiv Oblast', 'Ukraine'),
      make('georgia', 'place', 'Georgia', [], [['Capital', 'Tbilisi']]),
      region('some-oblast', 'Some Oblast', 'Ukraine'),
    ];
    const spelt: CompiledAlias[] = [
      ['Kharkiv', 0, 0],
      ['Kharkov', 0, 0],
      ['Kharkiv Oblast', 1, 0],
      ['Kharkov Oblast', 1, 0],
      ['Kharkov region', 1, 0],
      ['Georgia', 2, 0],
      ['Some Oblast', 3, 0],
      ['Georgia region', 3, 0],
    ];
    const out = markRegionNames(places, spelt.map((a) => [...a] as CompiledAlias));
    expect(out.filter(([, position]) => position === 1).map(([text]) => text)).toEqual(['Kharkiv Oblast', 'Kharkov Oblast', 'Kharkov region', 'Kharkiv', 'Kharkov']);
    expect(cuesOf(out.find(([text, p]) => text === 'Kharkov' && p === 0)!)).toBe(StateCue.Shared);
    // A spelling whose bare name only another country has gives nothing: "Georgia region" is no Georgia.
    expect(out.filter(([, position]) => position === 3).map(([text]) => text)).toEqual(['Some Oblast', 'Georgia region']);
  });

  it('reads an occupied region\'s qualified country as its city\'s ("Ukraine (internationally recognised)"): "Zaporizhzhya Oblast" gives "Zaporizhzhya"', () => {
    const places = [make('zaporizhzhia', 'place', 'Zaporizhzhia', [], [['Country', 'Ukraine']]), region('zaporizhzhia-oblast', 'Zaporizhzhia Oblast', 'Ukraine (internationally recognised)')];
    const spelt: CompiledAlias[] = [
      ['Zaporizhzhia', 0, 0],
      ['Zaporizhzhya', 0, 0],
      ['Zaporizhzhia Oblast', 1, 0],
      ['Zaporizhzhya Oblast', 1, 0],
    ];
    const out = markRegionNames(places, spelt.map((a) => [...a] as CompiledAlias));
    expect(out.filter(([, position]) => position === 1).map(([text]) => text)).toEqual(['Zaporizhzhia Oblast', 'Zaporizhzhya Oblast', 'Zaporizhzhia', 'Zaporizhzhya']);
  });

  it("keeps the region's bit apart from the partner cues' and inside an alias's flags", () => {
    expect(StateCue.Region & PARTNER_BITS).toBe(0);
    expect(StateCue.Region << AliasFlag.CueShift).toBeGreaterThan(0);
  });
});
