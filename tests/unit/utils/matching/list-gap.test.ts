import { describe, expect, it } from 'vitest';
import { isListGap } from '@/utils/matching/list-gap';

describe('what joins two names as items of one list', () => {
  it.each([
    [', ', 'a comma'],
    [',', 'a comma with no space (a tight list)'],
    [' and ', 'and'],
    [', and ', 'the serial comma'],
    [' or ', 'or'],
    [' & ', 'an ampersand'],
    [' et ', 'French'],
    [' y ', 'Spanish'],
    [' und ', 'German'],
    ['\u00a0and ', 'a no-break space'],
    [' (8 wins), ', 'an aside in brackets after the first item'],
    [' (GOOGL) and ', 'a ticker before the conjunction'],
  ])('%j (%s) does', (gap) => {
    expect(isListGap(gap)).toBe(true);
  });

  it.each([
    [' ', 'a space: one longer name ("Apple Music")'],
    [' And ', 'a capital: a title or a sentence'],
    ['. ', 'a full stop: the next sentence'],
    [' of ', 'a preposition: "Meta of Menlo Park"'],
    [' said ', 'a verb'],
    [' — ', 'a dash'],
    ['; ', 'a semicolon'],
    [', which, and ', 'a clause between'],
    ['', 'nothing'],
    [' (8 wins) ', 'an aside with no comma or conjunction after it'],
    [' (who won the title in 2024, and more), ', 'an aside too long to be a tag'],
    [' (Reuters. Later), ', 'an aside with a full stop'],
  ])('%j (%s) does not', (gap) => {
    expect(isListGap(gap)).toBe(false);
  });
});
