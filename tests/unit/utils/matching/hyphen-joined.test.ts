import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import { findMatches } from '@/utils/matching/match';
import { readFilter, writeFilter } from '@/utils/matching/remote-filter';
import { hashOf } from '@/utils/matching/tokenize';
import { dictionary } from './helpers';

describe('a name joined by a hyphen to a word before it', () => {
  const find = dictionary({
    'Nicolas Sarkozy': ['Sarkozy'],
    'Saint-Denis': [],
    Albania: [],
    Russia: [],
    Ukraine: [],
    'United States': ['US', 'U.S.'],
    China: [],
    'Donald Trump': ['Trump'],
    'Nouri al-Maliki': ['Maliki'],
  });

  it('is the end of a longer name the knowledge lacks when that word starts no known name', () => {
    expect(find('Carla Bruni-Sarkozy visited him.')).toEqual([]);
    expect(find('Riots spread in Seine-Saint-Denis overnight.')).toEqual([]);
    expect(find('Citizens apply on the e-Albania portal.')).toEqual([]);
    // The hyphen may end the text node before ("Seine-<a>Saint-Denis</a>").
    expect(find('Riots spread in Seine-', 'Saint-Denis', ' overnight.')).toEqual([]);
    // The same names standing alone are marked.
    expect(find('Sarkozy left Saint-Denis for Albania.')).toEqual([
      ['Nicolas Sarkozy', 'Sarkozy'],
      ['Saint-Denis', 'Saint-Denis'],
      ['Albania', 'Albania'],
    ]);
  });

  it('stands beside a known name so joined, and after a prefix or a combining form, in capitals too', () => {
    expect(find('the Russia-Ukraine war and US-China talks')).toEqual([
      ['Russia', 'Russia'],
      ['Ukraine', 'Ukraine'],
      ['United States', 'US'],
      ['China', 'China'],
    ]);
    expect(find('Anti-Trump protests grew; Pro-Russia groups too.')).toEqual([
      ['Donald Trump', 'Trump'],
      ['Russia', 'Russia'],
    ]);
    expect(find('Sino-US ties and Sino-Russia trade')).toEqual([
      ['United States', 'US'],
      ['Russia', 'Russia'],
    ]);
    expect(find('Al-Maliki said so.')).toEqual([['Nouri al-Maliki', 'Maliki']]);
  });

  it("stands beside a word that may start one of the background's names, which the first scan has not fetched", () => {
    const index = buildAliasIndex([['Eritrea', 0, 0]]);
    const text = 'the Tigray-Eritrea border';
    expect(findMatches([text], index)).toEqual([]);
    index.remoteBits = readFilter(writeFilter([hashOf('Tigray')]));
    expect(findMatches([text], index).map((m) => text.slice(m.startOffset, m.endOffset))).toEqual(['Eritrea']);
  });
});

describe('a name that opens with "the" and goes on after a hyphen is a longer name (joinedOn)', () => {
  const find = dictionary({ 'New York Times': ['the Times'], 'Washington Post': ['the Post'], Russia: [], China: [] });

  it('is no mark: "the Times-Picayune", "the Post-Gazette"', () => {
    expect(find('Moreno tells the Times-Picayune that she is worried.')).toEqual([]);
    expect(find('as the Post-Gazette reported')).toEqual([]);
  });

  it('leaves the paper marked before a lower-case word or a space, and other hyphenated pairs', () => {
    expect(find('the Times-owned site and the Times reported')).toEqual([['New York Times', 'the Times'], ['New York Times', 'the Times']]);
    expect(find('the Russia-China talks')).toEqual([['Russia', 'Russia'], ['China', 'China']]);
  });
});
