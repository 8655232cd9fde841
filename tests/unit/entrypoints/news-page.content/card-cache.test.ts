import { describe, expect, it } from 'vitest';
import { CardCache } from '@/entrypoints/news-page.content/card-cache';
import type { CardEntity } from '@/utils/knowledge/types';

const card = (id: string): CardEntity => ({ id, type: 'person', name: id, description: '', facts: [], sources: [], asOf: '2025-06-30' });

/** A background that answers each request with the cards asked for, and records the requests. */
function fakeBackground(fail = false) {
  const requests: string[][] = [];
  const fetchCards = async (ids: string[]) => {
    requests.push(ids);
    if (fail) throw new Error('Extension context invalidated.');
    return [...ids.map(card), card('not-asked-for')];
  };
  return { requests, fetchCards };
}

describe('the card cache', () => {
  it('asks once per batch, only for cards it does not have, and keeps only what it asked for', async () => {
    const bg = fakeBackground();
    const cache = new CardCache(bg.fetchCards);
    const first = cache.load(['viktor-orban', 'nato', 'viktor-orban']);
    const second = cache.load(['nato']); // already on its way: no second request
    await Promise.all([first, second]);
    expect(bg.requests).toEqual([['viktor-orban', 'nato']]);
    expect(cache.get('nato')?.name).toBe('nato');
    expect(cache.get('not-asked-for')).toBeUndefined();
    await cache.load(['nato', 'kyiv']);
    expect(bg.requests).toEqual([['viktor-orban', 'nato'], ['kyiv']]);
  });

  it('forgets every card on clear, and keeps no answer to a request made before it', async () => {
    const bg = fakeBackground();
    const cache = new CardCache(bg.fetchCards);
    await cache.load(['nato']);
    const stale = cache.load(['kyiv']);
    cache.clear();
    await stale;
    expect([cache.get('nato'), cache.get('kyiv')]).toEqual([undefined, undefined]);
    await cache.load(['kyiv']);
    expect(cache.get('kyiv')?.name).toBe('kyiv');
    expect(bg.requests).toEqual([['nato'], ['kyiv'], ['kyiv']]);
  });

  it('settles without a card when the background fails, and asks again later', async () => {
    const bg = fakeBackground(true);
    const cache = new CardCache(bg.fetchCards);
    await expect(cache.load(['nato'])).resolves.toBeUndefined();
    expect(cache.get('nato')).toBeUndefined();
    await cache.load(['nato']);
    expect(bg.requests).toEqual([['nato'], ['nato']]);
  });
});
