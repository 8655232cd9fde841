import { describe, expect, it } from 'vitest';
import { givenNameBeforePatronymic, isPatronymicWord } from '@/utils/matching/patronymic';

describe('a patronymic between a given name and a family name', () => {
  it.each([
    ['Ambassador Rahman Sahib oglu Mustafayev', 'Rahman'],
    ['Samir Musa oğlu Rzayev', 'Samir'],
    ['Leyla Ilham qizi Aliyeva', 'Leyla'],
    ['Sadyr Nurgojo uulu Japarov', 'Sadyr'],
    // No patronymic word, or a capitalised one, or no father's name: nothing to read.
    ['Rahman Sahib Mustafayev', null],
    ['Rahman Sahib Oglu Mustafayev', null],
    ['the oglu Mustafayev', null],
  ])('%s: %s', (text, given) => {
    const start = text.lastIndexOf(' ') + 1;
    expect(givenNameBeforePatronymic(text, start)).toBe(given);
  });

  it('knows the words for "son of" and "daughter of" in lower case only', () => {
    expect(['oglu', 'oğlu', 'qizi', 'kyzy', 'uulu'].every(isPatronymicWord)).toBe(true);
    expect(['Oglu', 'of', 'ibn'].some(isPatronymicWord)).toBe(false);
  });
});
