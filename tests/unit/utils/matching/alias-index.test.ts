import { describe, expect, it } from 'vitest';
import { CaseRule, prepareAlias } from '@/utils/matching/alias-index';
import { foldString } from '@/utils/matching/chars';
import { createWord, nextWord } from '@/utils/matching/tokenize';

describe('prepareAlias', () => {
  it('folds each word and keeps the hash the page reader computes for it', () => {
    for (const text of ['Viktor Orbán', 'Straße Œuvre', 'Mette Frederiksen', 'Jose\u0301 Mari\u0301a', 'Lech Wałęsa', 'Ursula von der Leyen', 'AT&T', 'Київ']) {
      const entry = prepareAlias(text, 0, 0, 0)!;
      expect(entry.words, text).toEqual(entry.words.map(foldString));
      // The hashes the page reader computes for the same words in other cases and without diacritics.
      for (const page of [text.toUpperCase(), foldString(text), text.normalize('NFD')]) {
        const word = createWord();
        const seen: number[] = [];
        for (let pos = 0; nextWord(page, pos, word); pos = word.end) seen.push(word.hash);
        expect(entry.hashes, page).toEqual(seen);
      }
    }
    expect(prepareAlias('Straße', 0, 0, 0)!.words).toEqual(['strasse']);
    expect(prepareAlias('Viktor Orbán', 0, 0, 0)!.words).toEqual(['viktor', 'orban']);
  });

  it('gives each word its case rule: names, lower-case particles, acronyms of two capitals or more, capitals inside', () => {
    const cases = (text: string) => prepareAlias(text, 0, 0, 0)!.cases;
    expect(cases('Ursula von der Leyen')).toEqual([CaseRule.Capital, CaseRule.Any, CaseRule.Any, CaseRule.Capital]);
    expect(cases('EU')).toEqual([CaseRule.Acronym]);
    expect(cases('NATO summit')).toEqual([CaseRule.Acronym, CaseRule.Any]);
    expect(cases('G7')).toEqual([CaseRule.Capital]);
    expect(cases('ÉU')).toEqual([CaseRule.Acronym]);
    expect(cases('McDonald')).toEqual([CaseRule.InnerCapital]);
    expect(cases('PiS')).toEqual([CaseRule.InnerCapital]);
    expect(cases('Pis')).toEqual([CaseRule.Capital]);
  });

  it('keeps the gaps between words, joiners normalised away', () => {
    expect(prepareAlias('Russia–Ukraine war', 0, 0, 0)!.gaps).toEqual(['', '']);
    expect(prepareAlias('Washington, D.C.', 0, 0, 0)!.gaps).toEqual([',', '.']);
    expect(prepareAlias('  ', 0, 0, 0)).toBeNull();
  });
});
