import { describe, expect, it } from 'vitest';
import { readsAsPerson, speaksAfter } from '@/utils/matching/person-context';
import { bracketed } from './helpers';

const judge = (marked: string): boolean => readsAsPerson(...bracketed(marked));

describe('readsAsPerson: the words around a one-word name that say it is a given name', () => {
  it.each([
    ['kin before', 'Georgia Smith and her sister [Florence] drove in.'],
    ['kin in capitals', 'Her son [Jordan] was at school.'],
    ['kin after a parenthesis', 'the couple (and daughter [Victoria]) moved'],
    ['an age after a comma', '[Jordan], 19, said the power was out.'],
    ['an age at a sentence end', 'We had nothing, said [Chad], 19.'],
    ['an age in parentheses', '[Georgia] (7) and her brother'],
    ['a person noun after “a”', '[Jordan], a second-year student from Ohio, said'],
    ['a person noun after “an”', '[India], an emergency-room nurse, worked double shifts'],
    ['an owner after “his”', '[Charlotte], his owner, said he never barked.'],
    ['a pet', '[Dallas], a golden retriever, became the mascot.'],
    ['a French apposition', '[Jordan], un étudiant de 20 ans, manifestait devant le Sénat.'],
    ['a French age', '[Chad], 19 ans, a témoigné.'],
    ['French kin', 'avec sa sœur [Florence] et son frère'],
    ['a Spanish apposition', '[Victoria], una estudiante de Madrid, dijo'],
    ['Spanish kin', 'llegó con su hija [Georgia] al hospital'],
    ['the end of a list after plural kin', 'a photo of her three children, Harper, Chelsea and [Brooklyn], on her desk'],
    ['the middle of a list after plural kin', 'his sons [Jordan] and Chad'],
    ['a list after plural kin, with the serial comma', 'their daughters, Ivy, Rose, and [Georgia], sang'],
    ['a royal title', 'a new photo of Prince George, Princess [Charlotte] and Prince Louis'],
    ['a queen', 'the statue of Queen [Victoria] was cleaned'],
    ['an initial in minutes', 'Councillors R. Bowrah and C. [Hindley] were present'],
    ['a royal style', 'The Duke and Duchess of [Cambridge] set to tour Belize'],
    ['a prince’s style', 'The Prince of [Wales] marked his 42nd birthday'],
    ['a peer’s style', 'said Baroness Smith of [Basildon], Leader of the House'],
  ])('%s: %s', (_, text) => expect(judge(text)).toBe(true));

  it.each([
    ['a country with an apposition', '[Jordan], a key U.S. ally, hosts refugees.'],
    ['a state with an apposition', '[Georgia], a state where voters split, went blue.'],
    ['a buyer, which is no person noun', '[India], a major buyer of Russian oil, said'],
    ['a count that runs on', 'In [Chad], 12 soldiers were killed.'],
    ['a year, not an age', 'Independence came to [Chad], 1960.'],
    ['a decimal', 'Growth in [Jordan], 2.5 percent, lagged.'],
    ['kin words that are not right before it', 'his sister moved to [Florence] last year'],
    ['a word that only ends like kin', 'the Madison [Georgia] rally'],
    ['no apposition', '[Jordan] said on Tuesday it would reopen the border.'],
    ['a list that plural kin does not lead', 'children in Gaza, Syria and [Jordan] need aid'],
    ['a list of places after a plural that is no kin', 'the capitals, Paris, Berlin and [Rome], agreed'],
    ['a place after “her”', '[Florence], her favourite city, flooded.'],
    ['a French neighbour, which a country is too', 'la Syrie et [Israël], son voisin du sud,'],
    ['a French ally', '[Jordan], un allié clé des États-Unis, accueille'],
    ['a count in French', 'Au [Tchad], 12 soldats tués'],
    ['an abbreviation of initials', 'the U.S. [Congress] voted'],
    ['a title that is part of a word', 'the Kingdom of Queensland and [Victoria]'],
    ['a prince’s visit to a place', 'the Prince visited [Wales] on Monday'],
    ['a place after a peer’s style', 'Lord Smith of Finsbury was born in [Basildon]'],
  ])('not %s: %s', (_, text) => expect(judge(text)).toBe(false));
});

describe('speaksAfter: a verb of saying after a one-word name', () => {
  it.each([
    ['Magyar told his supporters', true],
    ['Magyar and his party', true],
    ['Magyar said on Monday', true],
    ['Most analysts agree', false],
    ['Magyar sources', false],
    ['Magyar saidly', false],
  ])('%s: %s', (text, speaks) => expect(speaksAfter(text, text.indexOf(' '))).toBe(speaks));
});
