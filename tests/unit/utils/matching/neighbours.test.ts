import { describe, expect, it } from 'vitest';
import { possessorBefore } from '@/utils/matching/neighbours';

const before = (text: string, name: string) => possessorBefore([text], 0, text.indexOf(name));

describe('the possessor before a match', () => {
  it('is the capitalised name whose possessive ends right before it', () => {
    expect(before("Romania's Constitutional Court ruled", 'Constitutional')).toBe('Romania');
    expect(before('In the United Kingdom’s Supreme Court', 'Supreme')).toBe('United Kingdom');
    expect(before("Sir Keir Starmer's Labour Party", 'Labour')).toBe('Sir Keir Starmer');
  });

  it('is read across the text nodes of a block ("<b>Estonia</b>\'s Constitutional Court")', () => {
    // A capitalised word before it joins in ("In Estonia"): the caller reads the name's end.
    expect(possessorBefore(['In ', 'Estonia', "'s Constitutional Court"], 2, 3)).toBe('In Estonia');
  });

  it('is none without a possessive right before the match', () => {
    expect(before('the Constitutional Court ruled', 'Constitutional')).toBeNull();
    expect(before("the country's Constitutional Court", 'Constitutional')).toBeNull();
    expect(before("Romania's new Constitutional Court", 'Constitutional')).toBeNull();
    expect(before('Constitutional Court', 'Constitutional')).toBeNull();
  });
});
