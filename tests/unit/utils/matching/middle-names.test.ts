import { describe, expect, it } from 'vitest';
import { AliasFlag, buildAliasIndex } from '@/utils/matching/alias-index';
import { findMatches } from '@/utils/matching/match';
import { indexPacked, packIndex } from '@/utils/matching/packed-index';
import type { CompiledAlias } from '@/utils/knowledge/types';

// People whose names open with a common given name (AliasFlag.GivenFirst), George W. Bush under
// his initial, and a place whose first word is no given name.
const aliases: CompiledAlias[] = [
  ['Gregory Bovino', 0, AliasFlag.GivenFirst],
  ['George W. Bush', 1, AliasFlag.GivenFirst],
  ['George Bush', 2, AliasFlag.GivenFirst],
  ['Vladimir Putin', 3, AliasFlag.GivenFirst],
  ['Kuala Lumpur', 4, 0],
  ['Armando Benedetti', 5, AliasFlag.GivenFirst],
  // "Alberto" opens a known person's name: a given name.
  ['Alberto Fernández', 6, AliasFlag.GivenFirst],
  ['Samir Rzayev', 7, AliasFlag.GivenFirst],
];

/** "entity:text" of each match, read by both index forms (they must agree). */
function spans(text: string): string[] {
  const [plain, packed] = [buildAliasIndex(aliases), indexPacked(packIndex(aliases))].map((index) => findMatches([text], index).map((m) => `${m.entity}:${text.slice(m.startOffset, m.endOffset)}`));
  expect(packed).toEqual(plain);
  return plain;
}

describe('a middle initial or a middle name inside a person\'s name, as papers write people in full', () => {
  it('reads past it: "Gregory K. Bovino", "Vladimir V. Putin"', () => {
    expect(spans('Border Patrol chief Gregory K. Bovino said so.')).toEqual(['0:Gregory K. Bovino']);
    expect(spans('President Vladimir V. Putin of Russia spoke.')).toEqual(['3:Vladimir V. Putin']);
  });

  it('reads past a middle name that is a known given name: "Armando Alberto Benedetti"; not past another word', () => {
    expect(spans('Interior Minister Armando Alberto Benedetti said')).toEqual(['5:Armando Alberto Benedetti']);
    expect(spans('Armando Lumpur Benedetti and Gregory Kuala Bovino')).toEqual([]);
    expect(spans('Armando, Alberto Benedetti')).toEqual([]);
  });

  it('matches a name that holds its initial as written, longest first: "George W. Bush" is not his father', () => {
    expect(spans('George W. Bush and George Bush')).toEqual(['1:George W. Bush', '2:George Bush']);
  });

  it('reads no initial that is not one: two initials, a lower-case word, no period, another kind of name', () => {
    expect(spans('George H. W. Bush')).toEqual([]);
    expect(spans('Gregory K Bovino and Gregory k. Bovino')).toEqual([]);
    expect(spans('Kuala K. Lumpur')).toEqual([]);
    expect(spans('Gregory K. bovino')).toEqual([]);
  });

  it('reads past a father\'s name and a patronymic word: "Samir Musa oglu Rzayev"; not past another word or a capitalised one', () => {
    expect(spans('AZAL President Samir Musa oglu Rzayev attended.')).toEqual(['7:Samir Musa oglu Rzayev']);
    expect(spans('Samir Musa qızı Rzayev and Vladimir Vladimirovich uulu Putin')).toEqual(['7:Samir Musa qızı Rzayev', '3:Vladimir Vladimirovich uulu Putin']);
    expect(spans('Samir Musa and Rzayev, Samir Musa Oglu Rzayev, Samir musa oglu Rzayev')).toEqual([]);
  });
});
