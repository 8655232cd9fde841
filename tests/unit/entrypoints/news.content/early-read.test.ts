import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startEarlyRead } from '@/entrypoints/news.content/early-read';
import { enabledSetting } from '@/utils/settings';
import { fakeCtx } from '../../support/fake-ctx';

describe('the storage read begun at document_start', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the values the page part starts with', async () => {
    await enabledSetting.set(false);
    const read = startEarlyRead(fakeCtx().ctx);
    expect((await read.values).enabled).toBe(false);
  });

  it('is out of date once a value the page starts with changes, not when another key does', async () => {
    const { ctx, invalidate } = fakeCtx();
    const read = startEarlyRead(ctx);
    await fakeBrowser.storage.local.set({ packs: [] });
    expect(read.changed()).toBe(false);
    await enabledSetting.set(false);
    expect(read.changed()).toBe(true);
    invalidate();
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
  });
});
