import { describe, expect, it } from 'vitest';
import { DIGIT, LETTER, LOWER, MARK, UPPER } from '@/utils/matching/letter-classes';

const one = (cls: string) => new RegExp(`^[${cls}]$`);
const codes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
/** The blocks a page the scan reads is written in (see `language.ts`). */
const BLOCKS = [...codes(0, 0x2ff), ...codes(0x370, 0x52f), ...codes(0x1e00, 0x1fff)];
const disagree = (cls: string, property: RegExp, among: readonly string[]) => among.filter((ch) => one(cls).test(ch) !== property.test(ch));

describe('the letter classes that stand in for Unicode properties', () => {
  it('hold exactly the letters, digits and marks Unicode gives those blocks', () => {
    expect(disagree(LETTER, /^\p{L}$/u, BLOCKS)).toEqual([]);
    expect(disagree(DIGIT, /^\p{N}$/u, BLOCKS)).toEqual([]);
    expect(disagree(MARK, /^\p{M}$/u, [...BLOCKS, ...codes(0x300, 0x36f)])).toEqual([]);
  });

  it('tell capitals from small letters exactly in ASCII, Latin-1, basic Greek and Cyrillic', () => {
    const exact = [...codes(0, 0xff), ...codes(0x386, 0x3ce), ...codes(0x400, 0x45f)].filter((ch) => /\p{L}/u.test(ch));
    expect(disagree(UPPER, /^\p{Lu}$/u, exact)).toEqual([]);
    expect(disagree(LOWER, /^\p{Ll}$/u, exact)).toEqual([]);
  });

  it('count both cases in the Latin Extended blocks, where they alternate: "Łódź" and "ł" alike', () => {
    const extended = [...codes(0x100, 0x24f), ...codes(0x1e00, 0x1eff)].filter((ch) => /\p{L}/u.test(ch));
    expect(extended.filter((ch) => !one(UPPER).test(ch) || !one(LOWER).test(ch))).toEqual([]);
    expect(one(UPPER).test('Ł') && one(LOWER).test('ó')).toBe(true);
  });

  it('leave out what is no letter: punctuation, spaces, signs, CJK and Arabic', () => {
    for (const ch of ['’', '-', ' ', '\u00a0', '×', '中', 'ا']) expect(one(LETTER).test(ch), ch).toBe(false);
  });
});
