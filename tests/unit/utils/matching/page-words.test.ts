import { describe, expect, it } from 'vitest';
import { addPageWord, createPageWords, decodePageWords, encodePageWords, hasPageWord, PAGE_WORD_BYTES } from '@/utils/matching/page-words';
import { eachMatch } from '@/utils/matching/match';
import { hashOf } from '@/utils/matching/tokenize';
import { indexPacked, packIndex } from '@/utils/matching/packed-index';
import { REMOTE_FILTER_BITS, writeFilter } from '@/utils/matching/remote-filter';

describe('the page’s words as bits', () => {
  it('counts a word once, however often the page holds it', () => {
    const words = createPageWords();
    addPageWord(words, hashOf('kakhovka'));
    addPageWord(words, hashOf('kakhovka'));
    addPageWord(words, hashOf('odesa'));
    expect(words.added).toBe(2);
    expect(hasPageWord(words.bits, hashOf('kakhovka'))).toBe(true);
    expect(hasPageWord(words.bits, hashOf('scotia'))).toBe(false);
  });

  it('are noted by the scan, every word of the text, in the same way', () => {
    const words = createPageWords();
    const index = indexPacked(packIndex([['Kyiv', 0, 0]]), []);
    eachMatch(['Drones hit Nova Kakhovka, south of Kyiv.'], index, 1, () => undefined, undefined, words);
    for (const word of ['drones', 'hit', 'nova', 'kakhovka', 'south', 'of', 'kyiv']) expect(hasPageWord(words.bits, hashOf(word))).toBe(true);
    expect(hasPageWord(words.bits, hashOf('scotia'))).toBe(false);
    expect(words.added).toBe(7);
  });

  it('include the words inside a name the scan took at once, across text nodes', () => {
    const words = createPageWords();
    const index = indexPacked(packIndex([['Bosnia and Herzegovina', 0, 0]]), []);
    let taken = 0;
    eachMatch(['The Federation of Bosnia and ', 'Herzegovina', ' voted.'], index, 3, () => void taken++, undefined, words);
    expect(taken).toBe(1);
    for (const word of ['federation', 'bosnia', 'and', 'herzegovina', 'voted']) expect(hasPageWord(words.bits, hashOf(word))).toBe(true);
    expect(words.added).toBe(7);
  });

  it('cross to the background and back unchanged', () => {
    const words = createPageWords();
    for (const word of ['nova', 'kakhovka', 'lebedyn']) addPageWord(words, hashOf(word));
    const text = encodePageWords(words.bits);
    expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(decodePageWords(text)).toEqual(words.bits);
  });

  it("are twice the background's filter, which every page's script carries: a long page's words leave most bits clear", () => {
    expect(PAGE_WORD_BYTES * 8).toBe(2 * REMOTE_FILTER_BITS);
    // The filter's own text is no set of page words.
    expect(decodePageWords(writeFilter([hashOf('kyiv')]))).toBeNull();
  });

  it('read anything else as no bits at all', () => {
    expect(decodePageWords(undefined)).toBeNull();
    expect(decodePageWords(42)).toBeNull();
    expect(decodePageWords('AAAA')).toBeNull();
    expect(decodePageWords('!'.repeat(Math.ceil(PAGE_WORD_BYTES / 3) * 4))).toBeNull();
  });
});
