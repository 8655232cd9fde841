import { describe, expect, it } from 'vitest';
import { chooseEntity } from '@/utils/matching/disambiguate';

const counts = (table: Record<number, number>) => (entity: number) => table[entity] ?? 0;

describe('choosing between entities that share an alias', () => {
  it('picks the one the page has named in full most often, as a short form (weak) of it', () => {
    expect(chooseEntity(1, true, [2, 3], counts({ 3: 2, 2: 1 }))).toEqual({ entity: 3, weak: true });
  });

  it('keeps the alias’s own entity when the page named none of them (a weak one then waits: never the wrong entity)', () => {
    expect(chooseEntity(1, true, [2], counts({}))).toEqual({ entity: 1, weak: true });
    expect(chooseEntity(1, false, [2], counts({}))).toEqual({ entity: 1, weak: false });
  });

  it('lets the page’s context overrule a name ("Jordan" after "Jim Jordan" is the congressman)', () => {
    expect(chooseEntity(10, false, [20], counts({ 20: 1 }))).toEqual({ entity: 20, weak: true });
  });

  it('prefers the alias’s own entity on a tie', () => {
    expect(chooseEntity(1, true, [2], counts({ 1: 1, 2: 1 }))).toEqual({ entity: 1, weak: true });
  });
});
