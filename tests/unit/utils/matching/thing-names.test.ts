import { describe, expect, it } from 'vitest';
import { namesAThing } from '@/utils/matching/thing-names';
import { entity, matcherFor } from './knowledge-matcher';
import { bracketed } from './helpers';

const judge = (marked: string): boolean => namesAThing(...bracketed(marked));

describe('a place before a lower-case word that makes a thing of it', () => {
  it.each([
    'found in broccoli and [Brussels] sprouts',
    'a pair of [Wellington] boots',
    'half a cup of [Lima] beans',
    'order [Buffalo] wings',
    'Kobe beef, not [Kobe] beef from elsewhere',
    'the [Oxford] comma',
  ])('a thing: %s', (text) => expect(judge(text)).toBe(true));

  it.each([
    'talks in [Brussels] on Monday',
    'the [Brussels] summit',
    '[Lima] beat Cusco',
    'the [Buffalo] Bills',
    '[Wellington] bootmakers',
    '[Paris] sprouts',
  ])('the place: %s', (text) => expect(judge(text)).toBe(false));

  it('matching leaves the thing unmarked and marks the place', () => {
    const find = matcherFor([entity('place', 'Brussels'), entity('place', 'Lima')]);
    expect(find('Eat Brussels sprouts and Lima beans, ministers in Brussels said.')).toEqual([['Brussels', 'Brussels']]);
  });
});
