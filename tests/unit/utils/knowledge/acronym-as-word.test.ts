import { describe, expect, it } from 'vitest';
import { acronymAsWord } from '@/utils/knowledge/acronym-as-word';
import { loadAmbiguityLists } from '@/utils/knowledge/word-lists';
import { entity, matcherFor } from '../matching/knowledge-matcher';

const lists = loadAmbiguityLists();

describe('an acronym as British house style writes it', () => {
  it.each([
    ['NATO', 'Nato'],
    ['UNESCO', 'Unesco'],
    ['CENTCOM', 'Centcom'],
    ['OPEC', 'Opec'],
  ])('%s → %s', (acronym, word) => expect(acronymAsWord(acronym, lists, new Set())).toBe(word));

  it.each([
    ['SWIFT', 'an everyday word'],
    ['SNAP', 'an everyday word'],
    ['PACE', 'an everyday word'],
    ['STAN', 'a given name'],
    ['EU', 'two letters'],
    ['UNHCR2', 'not capitals only'],
    ['OPEC+', 'not capitals only'],
    ['Nato', 'no acronym'],
  ])('leaves %s alone: %s', (acronym) => expect(acronymAsWord(acronym, lists, new Set())).toBeNull());

  it('leaves a spelling another entity has as a word or a given name to it', () => {
    expect(acronymAsWord('OLAF', lists, new Set(['olaf']))).toBeNull();
  });

  it('marks "Nato" and "Centcom" as the acronyms are marked, but no "Olaf" when Scholz is known, and no "Nato" in lower case', () => {
    const find = matcherFor([
      entity('organization', 'NATO', ['North Atlantic Treaty Organization']),
      entity('organization', 'United States Central Command', ['CENTCOM']),
      entity('organization', 'European Anti-Fraud Office', ['OLAF']),
      entity('person', 'Olaf Scholz', ['Scholz']),
    ]);
    expect(find('Nato allies and Centcom met; NATO too.')).toEqual([
      ['NATO', 'Nato'],
      ['United States Central Command', 'Centcom'],
      ['NATO', 'NATO'],
    ]);
    expect(find('Olaf said so, and OLAF did; nato is no name.')).toEqual([['European Anti-Fraud Office', 'OLAF']]);
  });
});
