import { describe, expect, it } from 'vitest';
import { createPageWords, encodePageWords } from '@/utils/matching/page-words';
import { isOwnSender, MAX_CARDS_PER_REQUEST, parseBackgroundMessage, parseTabMessage } from '@/utils/messages';

describe('runtime messages', () => {
  it('accept only well-formed messages', () => {
    expect(parseTabMessage({ type: 'page-info' })).toEqual({ type: 'page-info' });
    expect(parseTabMessage({ type: 'command', command: 'next-mention' })).toEqual({ type: 'command', command: 'next-mention' });
    expect(parseTabMessage({ type: 'focus-entity', id: 'viktor-orban' })).toEqual({ type: 'focus-entity', id: 'viktor-orban' });
    for (const bad of [null, 'page-info', 42, {}, { type: 'eval', code: '1' }, { type: 'command', command: 'rm' }, { type: 'focus-entity', id: '<script>' }, { type: 'focus-entity', id: 7 }]) {
      expect(parseTabMessage(bad)).toBeNull();
    }
  });

  it('to the background: only card requests by well-formed ids', () => {
    expect(parseBackgroundMessage({ type: 'cards', ids: ['viktor-orban', 'nato'] })).toEqual({ type: 'cards', ids: ['viktor-orban', 'nato'] });
    const tooMany = Array.from({ length: MAX_CARDS_PER_REQUEST + 1 }, () => 'nato');
    for (const bad of [null, { type: 'cards' }, { type: 'cards', ids: 'nato' }, { type: 'cards', ids: ['<img>'] }, { type: 'cards', ids: [7] }, { type: 'cards', ids: tooMany }, { type: 'page-info' }]) {
      expect(parseBackgroundMessage(bad)).toBeNull();
    }
  });

  it('to the background: a locator map for one well-formed id', () => {
    expect(parseBackgroundMessage({ type: 'map', id: 'kostyantynivka-ua' })).toEqual({ type: 'map', id: 'kostyantynivka-ua' });
    expect(parseBackgroundMessage({ type: 'map', id: 'kyiv', extra: '<b>' })).toEqual({ type: 'map', id: 'kyiv' });
    for (const bad of [{ type: 'map' }, { type: 'map', id: 7 }, { type: 'map', id: ['kyiv'] }, { type: 'map', id: 'Kyiv' }, { type: 'map', id: '../geo.json' }, { type: 'map', id: 'a'.repeat(101) }, { type: 'map', ids: ['kyiv'] }]) {
      expect(parseBackgroundMessage(bad)).toBeNull();
    }
  });

  it('to the background: buckets for word hashes, with the page’s words as bits or without', () => {
    const words = encodePageWords(createPageWords().bits);
    expect(parseBackgroundMessage({ type: 'buckets', hashes: [1, 2] })).toEqual({ type: 'buckets', hashes: [1, 2] });
    expect(parseBackgroundMessage({ type: 'buckets', hashes: [1], words })).toEqual({ type: 'buckets', hashes: [1], words });
    for (const bad of [{ type: 'buckets', hashes: [-1] }, { type: 'buckets', hashes: ['Kyiv'] }, { type: 'buckets', hashes: [1], words: 'Kyiv Lebedyn' }, { type: 'buckets', hashes: [1], words: [1, 2] }]) {
      expect(parseBackgroundMessage(bad)).toBeNull();
    }
  });

  it('come only from the extension itself', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'evil' }, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
    expect(isOwnSender(undefined, 'abc')).toBe(false);
  });
});
