import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import { fitsPageYear, nameYears, withoutYear } from '@/utils/matching/dated-names';
import { findMatches } from '@/utils/matching/match';
import { indexPacked, packIndex } from '@/utils/matching/packed-index';
import { withDatedEventNames } from '@/utils/knowledge/dated-event-names';
import type { CompiledAlias, Entity } from '@/utils/knowledge/types';

describe('the years an event\'s name gives', () => {
  it.each([
    ['2025 Dutch general election', [2025, 2025], 'Dutch general election'],
    ['2025–26 Myanmar general election', [2025, 2026], 'Myanmar general election'],
    ['1999-2000 Chechen campaign', [1999, 2000], 'Chechen campaign'],
    ['Eurovision Song Contest 2026', [2026, 2026], 'Eurovision Song Contest'],
  ])('%s: %j, and without them "%s"', (name, years, bare) => {
    expect(nameYears(name)).toEqual(years);
    expect(withoutYear(name)).toBe(bare);
  });

  it.each(['Six-Day War', 'September 2019 Israeli legislative election', 'G7 summit', 'Route 2025 plan', '2025'])('%s gives none', (name) => {
    expect(nameYears(name)).toBeNull();
    expect(withoutYear(name)).toBeNull();
  });

  it('lets a dated name stand only on a page of the event\'s year, and on none without a date', () => {
    expect(fitsPageYear('2025 Dutch general election', '2025-10-30')).toBe(true);
    expect(fitsPageYear('2025 Dutch general election', '2026-01-04')).toBe(false);
    expect(fitsPageYear('2025–26 Myanmar general election', '2026-01-02')).toBe(true);
    expect(fitsPageYear('2025 Dutch general election', null)).toBe(false);
    expect(fitsPageYear('Six-Day War', '1967-06-05')).toBe(false);
  });
});

const entity = (name: string, type: Entity['type'] = 'event') => ({ id: name, type, name }) as Entity;

describe('dated names at build time', () => {
  const entities = [entity('2023 Dutch general election'), entity('2025 Dutch general election'), entity('2019 Danish general election'), entity('2022 Danish general election'), entity('Wimbledon Championships', 'organization'), entity('2025 Wimbledon Championships'), entity('Brexit referendum')];
  const aliases: CompiledAlias[] = [
    ...entities.map((e, i): CompiledAlias => [e.name, i, 0]),
    ['Danish election', 2, 1],
    ['Danish election', 3, 1],
    ['2016 EU referendum', 6, 0],
    ['Dutch vote', 1, 1],
  ];
  const out = withDatedEventNames(entities, aliases);
  const flags = (text: string, position: number) => out.filter(([t, p]) => t === text && p === position).map(([, , f]) => f);

  it('gives each year-named event its name without the year, dated and strong', () => {
    expect(flags('Dutch general election', 0)).toEqual([1 << 29]);
    expect(flags('Dutch general election', 1)).toEqual([1 << 29]);
  });

  it('dates a year-less name that only year-named events hold, or that one holds weak, and makes it strong', () => {
    expect(flags('Danish election', 2)).toEqual([1 << 29]);
    expect(flags('Danish election', 3)).toEqual([1 << 29]);
    expect(flags('Dutch vote', 1)).toEqual([1 << 29]);
  });

  it('leaves a name another entity goes by, and every event not named by its year', () => {
    expect(flags('Wimbledon Championships', 5)).toEqual([]);
    expect(flags('EU referendum', 6)).toEqual([]);
    expect(flags('Brexit referendum', 6)).toEqual([0]);
  });

  it('matches a dated name as the event of the page\'s year alone', () => {
    const names = entities.map((e) => e.name);
    for (const index of [buildAliasIndex(out), indexPacked(packIndex(out))]) {
      const read = (text: string, published: string | null) => {
        index.datedFits = (e) => fitsPageYear(names[e], published);
        return findMatches([text], index).map((m) => [names[m.entity], text.slice(m.startOffset, m.endOffset), ...m.alternatives.map((a) => names[a])]);
      };
      const text = 'Turnout in the Dutch general election rose, as in the Danish election.';
      expect(read(text, '2025-10-30')).toEqual([['2025 Dutch general election', 'Dutch general election']]);
      expect(read(text, '2022-11-02')).toEqual([['2022 Danish general election', 'Danish election']]);
      expect(read(text, null)).toEqual([]);
    }
  });
});

describe('a vote by its kind alone ("the presidential election")', () => {
  const entities = [entity('2025 Romanian presidential election'), entity('2025 Polish presidential election'), entity('2024 Romanian presidential election'), entity('November 2021 Bulgarian general election')];
  const aliases: CompiledAlias[] = [
    ...entities.map((e, i): CompiledAlias => [e.name, i, 0]),
    ...[0, 1, 2, 3].map((i): CompiledAlias => ['presidential election', i, 1]),
  ];
  const out = withDatedEventNames(entities, aliases);
  const names = entities.map((e) => e.name);

  it('is dated and stays weak, and is no name of an event whose name gives no year', () => {
    expect(out.filter(([t]) => t === 'presidential election').map(([, p, f]) => [p, f])).toEqual([
      [0, (1 << 29) | 1],
      [1, (1 << 29) | 1],
      [2, (1 << 29) | 1],
    ]);
  });

  it('stands for each vote of the page\'s year, for the page to choose, and not after "next", "a" or a year', () => {
    const index = buildAliasIndex(out);
    index.datedFits = (e) => fitsPageYear(names[e], '2025-05-04');
    const read = (text: string) => findMatches([text], index).map((m) => [names[m.entity], m.weak, ...m.alternatives.map((a) => names[a])]);
    expect(read('Turnout in the presidential election rose.')).toEqual([['2025 Romanian presidential election', true, '2025 Polish presidential election']]);
    expect(read('Turnout in the next presidential election, in a presidential election, in the 2019 presidential election and in last year\'s presidential election.')).toEqual([]);
    expect(read('He won the annulled presidential election. He won the presidential election on November 24, 2024.')).toEqual([]);
    expect(read('He won the presidential election on May 18, by 54%.')).toHaveLength(1);
  });
});

