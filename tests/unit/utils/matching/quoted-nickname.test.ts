import { describe, expect, it } from 'vitest';
import { afterQuotedNickname, givenNameBeforeNickname } from '@/utils/matching/quoted-nickname';
import { bracketed, dictionary } from './helpers';

const find = dictionary({
  'Jorge Quiroga': ['~Quiroga'],
  'Rodrigo Duterte': ['~Duterte'],
  'Ferdinand Marcos Jr.': [],
  'Elizaldy Co': [],
});

describe('a quoted nickname between the given name and the surname', () => {
  it.each([
    ['Jorge "Tuto" Quiroga conceded', 'Jorge "Tuto" Quiroga'],
    ['Rodrigo “Rody” Duterte remains in custody', 'Rodrigo “Rody” Duterte'],
    // A name's closing period is the sentence's as often as the name's: matches end before it.
    ['Ferdinand „Bongbong” Marcos Jr. spoke', 'Ferdinand „Bongbong” Marcos Jr'],
    ['Elizaldy "Zaldy" Co left', 'Elizaldy "Zaldy" Co'],
    ['Rodrigo "Big Rody" Duterte', 'Rodrigo "Big Rody" Duterte'],
    ['Rodrigo ‘Rody’ Duterte, who', 'Rodrigo ‘Rody’ Duterte'],
  ])('reads over the nickname in %j', (text, name) => {
    expect(find(text).map(([, matched]) => matched)).toEqual([name]);
  });

  it.each([
    // A quotation, not a nickname: small words, punctuation, or nothing capitalised after it.
    'Jorge "said no" Quiroga',
    'Jorge "Tuto, the former president" Quiroga',
    'Jorge "Tuto" and Quiroga',
    'Jorge \'Tuto\' Quiroga',
    'Jorge ‘Tuto’s Quiroga',
    'Jorge "Tuto"Quiroga',
  ])('does not read over %j', (text) => {
    expect(find(text).map(([, matched]) => matched)).not.toContain(text);
  });

  it('says where the name goes on, or -1', () => {
    const text = 'Jorge "Tuto" Quiroga';
    expect(afterQuotedNickname(text, 7, 11)).toBe(13);
    expect(afterQuotedNickname(text, 0, 5)).toBe(-1);
    expect(afterQuotedNickname('Jorge "tuto" Quiroga', 7, 11)).toBe(-1);
    expect(afterQuotedNickname('Jorge "Tuto" quiroga', 7, 11)).toBe(-1);
    expect(afterQuotedNickname(`Jorge "${'Tuto'.repeat(8)}" Quiroga`, 7, 39)).toBe(-1);
  });
});

describe('the given name before a quoted nickname, before a name', () => {
  it.each([
    ['Eduardo ‘Lule’ [Menem]', 'Eduardo'],
    ['advisor Eduardo "Lule" [Menem], and', 'Eduardo'],
    ['Joaquín “El Chapo” [Guzmán] fell', 'Joaquín'],
  ])('%s: %s', (marked, given) => {
    const [text, start] = bracketed(marked);
    expect(givenNameBeforeNickname(text, start)).toBe(given);
  });

  it.each(['the so-called “Chainsaw” [Menem] spoke', 'said [Menem]', '“Yes” [Menem] said', 'Eduardo ‘Lule’s [Menem]'])('none in %s', (marked) => {
    const [text, start] = bracketed(marked);
    expect(givenNameBeforeNickname(text, start)).toBeNull();
  });
});
