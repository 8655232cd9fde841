import { describe, expect, it } from 'vitest';
import { dictionary } from './helpers';

const find = dictionary({
  OPEC: [],
  'OPEC Plus': ['OPEC+', 'Opec+'],
  'Disney+': [],
  'Canal+': [],
});

describe('a name that ends in a plus', () => {
  it('is matched with its plus, and the name without it is not read there', () => {
    expect(find('OPEC+ agreed to raise output; OPEC met in Vienna.')).toEqual([
      ['OPEC Plus', 'OPEC+'],
      ['OPEC', 'OPEC'],
    ]);
    expect(find('Opec+ ministers met.')).toEqual([['OPEC Plus', 'Opec+']]);
  });

  it('needs the plus on the page: "Disney" and "Canal" alone are not Disney+ or Canal+', () => {
    expect(find('Disney+ grew while Disney fell, and Canal+ bought MultiChoice.')).toEqual([
      ['Disney+', 'Disney+'],
      ['Canal+', 'Canal+'],
    ]);
  });
});
