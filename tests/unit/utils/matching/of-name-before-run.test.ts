import { describe, expect, it } from 'vitest';
import { entity, matcherFor } from './knowledge-matcher';

const find = matcherFor([
  entity('organization', 'National Security and Defense Council of Ukraine'),
  entity('person', 'Rustem Umerov', ['Umerov'], ['Secretary of the National Security and Defense Council of Ukraine']),
  entity('organization', 'European Union', ['EU', 'E.U.']),
  entity('place', 'Paris'),
]);

describe('a body\'s full name "X of Y" before its holder\'s name, written with no comma', () => {
  it.each([
    [
      'Secretary of the National Security and Defense Council of Ukraine Rustem Umerov said.',
      [
        ['National Security and Defense Council of Ukraine', 'National Security and Defense Council of Ukraine'],
        ['Rustem Umerov', 'Rustem Umerov'],
      ],
    ],
    // A name without "of" still heads the longer run: "Paris Hilton" is no Paris.
    ['She met Paris Hilton yesterday.', []],
  ])('%s', (text, expected) => expect(find(text)).toEqual(expected));
});

describe('letters joined by a colon to a ticker are an exchange code, not the name they spell', () => {
  it('leaves "(EU:AM)" and marks "the EU:" before a space', () => {
    expect(find('Dassault Aviation (EU:AM) and Saab (BIT:1SAAB) rose; the EU: a union.')).toEqual([['European Union', 'EU']]);
  });
});
