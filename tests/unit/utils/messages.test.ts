import { describe, expect, it } from 'vitest';
import { createPageWords, encodePageWords } from '@/utils/matching/page-words';
import { MAX_CARDS_PER_REQUEST, parseBackgroundMessage } from '@/utils/messages';

describe('messages to the background', () => {
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
});
