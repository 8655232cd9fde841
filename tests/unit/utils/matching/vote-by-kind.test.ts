import { describe, expect, it } from 'vitest';
import { hashOf } from '@/utils/matching/tokenize';
import { opensVoteByKind, otherVote } from '@/utils/matching/vote-by-kind';

/** Whether `word`, where it first stands in `text`, opens a vote by its kind. */
const opens = (text: string, word: string) => opensVoteByKind(hashOf(word), text, text.indexOf(word) + word.length);

describe('a vote by its kind alone', () => {
  it('is asked of the background only where "election" follows one of the kinds', () => {
    expect(opens('the presidential election', 'presidential')).toBe(true);
    expect(opens('in parliamentary elections', 'parliamentary')).toBe(true);
    expect(opens('the general public', 'general')).toBe(false);
    expect(opens('the federal budget', 'federal')).toBe(false);
    expect(opens('the electoral roll', 'presidential')).toBe(false);
    expect(opens('the mayoral election', 'mayoral')).toBe(false);
  });

  it('is another vote after "next", "a", "annulled" or a year, or before a year', () => {
    const other = (text: string) => {
      const start = text.indexOf('presidential');
      return otherVote(text, start, text.slice(start + 'presidential election'.length));
    };
    expect(other('Turnout in the presidential election rose.')).toBe(false);
    expect(other('He won the presidential election on May 18 by 54%.')).toBe(false);
    for (const text of ['the next presidential election', 'a presidential election', 'the annulled presidential election', 'the 2019 presidential election', "last year's presidential election", 'the presidential election of 2019']) {
      expect(other(text), text).toBe(true);
    }
  });
});
