import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { definePlainItem } from '@/utils/plain-item';

const numbers = definePlainItem<number[]>('local:test-numbers', (value) => (Array.isArray(value) ? value.filter((n) => typeof n === 'number') : []));

describe('a plain stored item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads nothing stored, and anything corrupted, through its reader', async () => {
    expect(await numbers.get()).toEqual([]);
    await fakeBrowser.storage.local.set({ 'test-numbers': [1, 'two', 3] });
    expect(await numbers.get()).toEqual([1, 3]);
    await fakeBrowser.storage.local.set({ 'test-numbers': 'garbage' });
    expect(await numbers.get()).toEqual([]);
  });

  it('writes under its key and tells watchers the value as read', async () => {
    const seen: number[][] = [];
    const unwatch = numbers.watch((value) => seen.push(value));
    await numbers.set([4, 5]);
    expect(await fakeBrowser.storage.local.get('test-numbers')).toEqual({ 'test-numbers': [4, 5] });
    await fakeBrowser.storage.local.set({ 'test-numbers': [6, null] });
    unwatch();
    await numbers.set([7]);
    expect(seen).toEqual([[4, 5], [6]]);
  });
});
