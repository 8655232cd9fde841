import { describe, expect, it } from 'vitest';
import { CaseRule, type AliasEntry } from '@/utils/matching/alias-index';
import { caseFits, fitsFirstWord } from '@/utils/matching/case-fit';
import { entity, matcherFor } from './knowledge-matcher';
import { createWord, nextWord } from '@/utils/matching/tokenize';

/** The first word of `text`, as the matcher reads it. */
function wordOf(text: string) {
  const word = createWord();
  nextWord(text, 0, word);
  return word;
}

const entry = (word: string, rule: CaseRule, words = 1) => ({ words: Array.from({ length: words }, () => word), cases: Array.from({ length: words }, () => rule) }) as unknown as AliasEntry;

describe('how a page word’s case fits an alias word', () => {
  it.each([
    [CaseRule.Capital, 'Tusk', true],
    [CaseRule.Capital, 'TUSK', true],
    [CaseRule.Capital, 'tusk', false],
    [CaseRule.Acronym, 'NATO', true],
    [CaseRule.Acronym, 'Nato', false],
    [CaseRule.InnerCapital, 'PiS', true],
    [CaseRule.Any, 'epa', true],
  ])('rule %i, page word %s: %s', (rule, text, fits) => expect(caseFits(rule, wordOf(text))).toBe(fits));

  it('reads two letters in capitals as an acronym, not a two-letter name ("AP" is not "Ap"); longer names and "G7" still shout', () => {
    const ap = entry('ap', CaseRule.Capital);
    expect(fitsFirstWord(ap, [ap], wordOf('AP'))).toBe(false);
    expect(fitsFirstWord(ap, [ap], wordOf('Ap'))).toBe(true);
    const g7 = entry('g7', CaseRule.Capital);
    expect(fitsFirstWord(g7, [g7], wordOf('G7'))).toBe(true);
    const fico = entry('fico', CaseRule.Capital);
    expect(fitsFirstWord(fico, [fico], wordOf('FICO'))).toBe(true);
    const twoWords = entry('ap', CaseRule.Capital, 2);
    expect(fitsFirstWord(twoWords, [twoWords], wordOf('AP'))).toBe(true);
  });

  it('lets no one-word name rival an acronym of its letters', () => {
    const [acronym, otherAcronym, name] = [entry('snap', CaseRule.Acronym), entry('snap', CaseRule.Acronym), entry('snap', CaseRule.Capital)];
    expect(fitsFirstWord(name, [acronym, name], wordOf('SNAP'))).toBe(false);
    expect(fitsFirstWord(otherAcronym, [acronym, otherAcronym], wordOf('SNAP'))).toBe(true);
    expect(fitsFirstWord(acronym, [acronym, name], wordOf('SNAP'))).toBe(true);
  });

  it('leaves a one-word name in capitals to the acronym of its letters in the same bucket, and only there', () => {
    const imo = entry('imo', CaseRule.Capital);
    const bucket = [imo, entry('imo', CaseRule.Acronym)];
    expect(fitsFirstWord(imo, bucket, wordOf('IMO'))).toBe(false);
    expect(fitsFirstWord(imo, bucket, wordOf('Imo'))).toBe(true);
    expect(fitsFirstWord(imo, [imo], wordOf('IMO'))).toBe(true);
    expect(fitsFirstWord(bucket[1], bucket, wordOf('IMO'))).toBe(true);
  });
});

describe("a party's name with its last word in lower case", () => {
  const find = matcherFor([entity('organization', 'Pirate Party (Iceland)', ['Pirate Party']), entity('organization', 'Party of Regions')]);

  it('is the party, as papers write it ("the Pirate party", "the populist Progress party")', () => {
    expect(find('the Pirate party won')).toEqual([['Pirate Party (Iceland)', 'Pirate party']]);
  });

  it('is so for a treaty, a prison and a parliament too ("the Lisbon treaty", "La Santé prison", "the Greek parliament"), not an accord', () => {
    const more = matcherFor([entity('event', 'Washington Accords'), entity('place', 'Washington'), entity('place', 'La Santé Prison'), entity('event', 'Treaty of Lisbon', ['Lisbon Treaty']), entity('organization', 'Hellenic Parliament', ['Greek Parliament'])]);
    expect(more('held at La Sante prison under the Lisbon treaty, the Greek parliament heard')).toEqual([
      ['La Santé Prison', 'La Sante prison'],
      ['Treaty of Lisbon', 'Lisbon treaty'],
      ['Hellenic Parliament', 'Greek parliament'],
    ]);
    expect(more('the Washington accords between Armenia and Azerbaijan')).toEqual([['Washington', 'Washington']]);
  });

  it('is so for a government, a police force and a framework ("the Welsh government", "Greater Manchester police", "the Windsor framework")', () => {
    const more = matcherFor([
      entity('organization', 'Welsh Government'),
      entity('organization', 'Greater Manchester Police'),
      entity('place', 'Greater Manchester'),
      entity('event', 'Windsor Framework'),
      entity('place', 'Windsor'),
    ]);
    expect(more('the Welsh government said Greater Manchester police and the Windsor framework')).toEqual([
      ['Welsh Government', 'Welsh government'],
      ['Greater Manchester Police', 'Greater Manchester police'],
      ['Windsor Framework', 'Windsor framework'],
    ]);
    expect(more('the welsh government and a police force')).toEqual([]);
  });

  it('is so for an airport, a palace, a summit and a station ("Copenhagen airport", "the Elysee palace")', () => {
    const more = matcherFor([
      entity('place', 'Copenhagen Airport'),
      entity('place', 'Copenhagen'),
      entity('place', 'Élysée Palace', ['Elysee Palace']),
      entity('event', '2025 NATO summit', ['Hague Summit']),
      entity('place', 'International Space Station'),
    ]);
    expect(more('flights at Copenhagen airport, a dinner at the Elysee palace before the Hague summit')).toEqual([
      ['Copenhagen Airport', 'Copenhagen airport'],
      ['Élysée Palace', 'Elysee palace'],
      ['2025 NATO summit', 'Hague summit'],
    ]);
    expect(more('aboard the International Space station')).toEqual([['International Space Station', 'International Space station']]);
    // Only the last word may be small: "the International space station" is no name here.
    expect(more('aboard the International space station')).toEqual([]);
    expect(more('an airport in Copenhagen')).toEqual([['Copenhagen', 'Copenhagen']]);
  });

  it('needs the words before it in capitals, and only its last word may be small', () => {
    expect(find('the pirate party won')).toEqual([]);
    expect(find('the Party of regions')).toEqual([]);
  });

  it('is so for a news agency\'s two words ("the Fars news agency"), not for a name of them alone', () => {
    const agencies = matcherFor([entity('organization', 'Fars News Agency'), entity('place', 'Fars'), entity('organization', 'News Agency Ltd')]);
    expect(agencies('The Fars news agency said so.')).toEqual([['Fars News Agency', 'Fars news agency']]);
    expect(agencies('The Fars News Agency said so.')).toEqual([['Fars News Agency', 'Fars News Agency']]);
    // The kind's words alone are no name, and the name before them must be capitalised.
    expect(agencies('a news agency said so')).toEqual([]);
    expect(agencies('the fars news agency said so')).toEqual([]);
  });
});
