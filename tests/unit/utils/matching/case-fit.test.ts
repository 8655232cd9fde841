import { describe, expect, it } from 'vitest';
import { CaseRule, type AliasEntry } from '@/utils/matching/alias-index';
import { caseFits, isShortNameInCapitals, shoutedBesideAcronym, yieldsToAcronym } from '@/utils/matching/case-fit';
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
    expect(isShortNameInCapitals(entry('ap', CaseRule.Capital), wordOf('AP'))).toBe(true);
    expect(isShortNameInCapitals(entry('ap', CaseRule.Capital), wordOf('Ap'))).toBe(false);
    expect(isShortNameInCapitals(entry('g7', CaseRule.Capital), wordOf('G7'))).toBe(false);
    expect(isShortNameInCapitals(entry('fico', CaseRule.Capital), wordOf('FICO'))).toBe(false);
    expect(isShortNameInCapitals(entry('ap', CaseRule.Capital, 2), wordOf('AP'))).toBe(false);
  });

  it('lets no one-word name rival an acronym of its letters', () => {
    expect(shoutedBesideAcronym(entry('snap', CaseRule.Acronym), entry('snap', CaseRule.Capital))).toBe(true);
    expect(shoutedBesideAcronym(entry('snap', CaseRule.Acronym), entry('snap', CaseRule.Acronym))).toBe(false);
    expect(shoutedBesideAcronym(entry('snap', CaseRule.Capital), entry('snap', CaseRule.Acronym))).toBe(false);
  });

  it('leaves a one-word name in capitals to the acronym of its letters in the same bucket, and only there', () => {
    const imo = entry('imo', CaseRule.Capital);
    const bucket = [imo, entry('imo', CaseRule.Acronym)];
    expect(yieldsToAcronym(imo, bucket, wordOf('IMO'))).toBe(true);
    expect(yieldsToAcronym(imo, bucket, wordOf('Imo'))).toBe(false);
    expect(yieldsToAcronym(imo, [imo], wordOf('IMO'))).toBe(false);
    expect(yieldsToAcronym(bucket[1], bucket, wordOf('IMO'))).toBe(false);
  });
});
