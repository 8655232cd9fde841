import { describe, expect, it } from 'vitest';
import type { CompiledAlias, Entity } from '@/utils/knowledge/types';
import { markStateNames } from '@/utils/knowledge/state-names';
import { AliasFlag, readFlags } from '@/utils/matching/alias-index';
import { StateCue } from '@/utils/matching/state-cues';
import { make } from './make-entity';

/** A U.S. state as the gazetteer writes it (see `regionEntity`). */
const state = (name: string, code: string): Entity =>
  make(`${name.toLowerCase().replace(/ /g, '-')}-us-${code}`, 'place', `${name} (U.S. state)`, [], [
    ['Type', 'First-level administrative region'],
    ['Country', 'United States'],
  ]);
const cuesOf = (alias: CompiledAlias) => readFlags(alias[2]).cues;

describe('markStateNames', () => {
  const entities = [make('new-york-city-us', 'place', 'New York City', []), state('New York', 'ny'), state('Ohio', 'oh'), make('washington-dc', 'place', 'Washington, D.C.', []), state('Washington', 'wa')];
  const aliases: CompiledAlias[] = [
    ['New York City', 0, 0],
    ['New York', 0, 0],
    ['New York state', 1, 0],
    ['Ohio state', 2, 0],
    ['Washington', 3, 0],
    ['Washington state', 4, 0],
    ['Washington', 4, 1],
  ];
  const marked = markStateNames(entities, aliases.map((a) => [...a] as CompiledAlias));

  it('gives a state the bare name a city holds, weak and for a state\'s words only', () => {
    const added = marked.filter(([text, position]) => text === 'New York' && position === 1);
    expect(added).toHaveLength(1);
    expect(readFlags(added[0][2]).weak).toBe(true);
    expect(cuesOf(added[0])).toBe(StateCue.Shared | StateCue.State | StateCue.CueOnly);
    // After the state's own names, in position order as the index expects.
    expect(marked.map(([, position]) => position)).toEqual([...marked.map(([, position]) => position)].sort((a, b) => a - b));
  });

  it('marks every alias of the shared words, and the state\'s own as the state\'s', () => {
    expect(cuesOf(marked.find(([text, p]) => text === 'New York' && p === 0)!)).toBe(StateCue.Shared);
    expect(cuesOf(marked.find(([text, p]) => text === 'Washington' && p === 3)!)).toBe(StateCue.Shared);
    const washington = marked.find(([text, p]) => text === 'Washington' && p === 4)!;
    expect(cuesOf(washington)).toBe(StateCue.Shared | StateCue.State);
    // Its weak flag stays: without a state's words the page's places settle it.
    expect(washington[2] & AliasFlag.Weak).toBe(AliasFlag.Weak);
  });

  it('leaves a state whose name nothing else holds, and every other name, as they were', () => {
    expect(marked.filter(([, position]) => position === 2)).toEqual([['Ohio state', 2, 0]]);
    expect(marked.find(([text]) => text === 'New York City')![2]).toBe(0);
    expect(marked.find(([text]) => text === 'New York state')![2]).toBe(0);
  });
});
