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

  describe('by the page\'s places (see placeContexts)', () => {
    const COUNTRY = 1;
    const STATE = 2;
    it('marks "Georgia" as the U.S. state in a story that names Atlanta', () => {
      expect(chooseEntity(COUNTRY, false, [STATE], counts({}), counts({ [STATE]: 1 }))).toEqual({ entity: STATE, weak: false });
    });

    it('keeps the country in a story that names Tbilisi or Batumi', () => {
      expect(chooseEntity(COUNTRY, false, [STATE], counts({}), counts({ [COUNTRY]: 2 }))).toEqual({ entity: COUNTRY, weak: false });
    });

    it('leaves the name waiting when the page points both ways equally', () => {
      expect(chooseEntity(COUNTRY, false, [STATE], counts({}), counts({ [COUNTRY]: 1, [STATE]: 1 }))).toEqual({ entity: COUNTRY, weak: true });
    });

    it('lets a full name outweigh one place name', () => {
      expect(chooseEntity(COUNTRY, false, [STATE], counts({ [COUNTRY]: 1 }), counts({ [STATE]: 1 }))).toEqual({ entity: COUNTRY, weak: false });
    });

    // A headline's "Supreme Court" over a story on Trump's tariffs kept its mark until the
    // background's courts arrived and the name was judged again, with the full name counted.
    it('marks a name its places settle whether or not the page has named that entity in full too', () => {
      const [BRAZIL_COURT, US_COURT, INDIA_COURT] = [1, 2, 3];
      expect(chooseEntity(BRAZIL_COURT, true, [US_COURT, INDIA_COURT], counts({ [US_COURT]: 1 }), counts({ [US_COURT]: 6 }))).toEqual({ entity: US_COURT, weak: false });
      expect(chooseEntity(BRAZIL_COURT, true, [US_COURT, INDIA_COURT], counts({}), counts({ [US_COURT]: 6 }))).toEqual({ entity: US_COURT, weak: false });
    });

    it('marks a weak place name that has no rival once its places are on the page ("Virginia" beside Norfolk)', () => {
      expect(chooseEntity(STATE, true, [], counts({}), counts({ [STATE]: 1 }))).toEqual({ entity: STATE, weak: false });
      expect(chooseEntity(STATE, true, [], counts({}), counts({}))).toEqual({ entity: STATE, weak: true });
    });

    it('leaves a weak name its context settles waiting where it opens a sentence ("Most analysts", "Brown said")', () => {
      expect(chooseEntity(STATE, true, [], counts({}), counts({ [STATE]: 1 }), undefined, true)).toEqual({ entity: STATE, weak: true });
      // A shared name's rival is chosen as before: "Georgia" opening a sentence in a story on Atlanta.
      expect(chooseEntity(COUNTRY, false, [STATE], counts({}), counts({ [STATE]: 1 }), undefined, true)).toEqual({ entity: STATE, weak: false });
    });
  });

  describe('by the site, where the page says nothing (see PlaceContext.site)', () => {
    const UK_LABOUR = 1;
    const AU_LABOR = 2;
    const NZ_LABOUR = 3;
    it('marks the one institution of the site’s own country', () => {
      expect(chooseEntity(UK_LABOUR, true, [NZ_LABOUR], counts({}), counts({}), counts({ [NZ_LABOUR]: 1 }))).toEqual({ entity: NZ_LABOUR, weak: false });
      expect(chooseEntity(UK_LABOUR, true, [], counts({}), counts({}), counts({ [UK_LABOUR]: 1 }))).toEqual({ entity: UK_LABOUR, weak: false });
    });

    it('never outweighs what the page itself says', () => {
      expect(chooseEntity(UK_LABOUR, true, [AU_LABOR], counts({}), counts({ [UK_LABOUR]: 1 }), counts({ [AU_LABOR]: 1 }))).toEqual({ entity: UK_LABOUR, weak: false });
      expect(chooseEntity(UK_LABOUR, true, [AU_LABOR], counts({ [UK_LABOUR]: 1 }), counts({}), counts({ [AU_LABOR]: 1 }))).toEqual({ entity: UK_LABOUR, weak: true });
    });

    it('leaves the name waiting on a site with no home country, or when it would point two ways', () => {
      expect(chooseEntity(UK_LABOUR, true, [AU_LABOR], counts({}), counts({}), counts({}))).toEqual({ entity: UK_LABOUR, weak: true });
      expect(chooseEntity(UK_LABOUR, true, [AU_LABOR], counts({}), counts({}), counts({ [UK_LABOUR]: 1, [AU_LABOR]: 1 }))).toEqual({ entity: UK_LABOUR, weak: true });
    });
  });
});
