import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startEarlyRead, takeEarlyRead } from '@/entrypoints/news.content/early-read';
import { enabledSetting } from '@/utils/settings';
import { fakeCtx } from '../../support/fake-ctx';

describe('the storage read begun at document_start', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is handed to the main script once; none where the main script runs alone', async () => {
    expect(takeEarlyRead()).toBeNull();
    await enabledSetting.set(false);
    startEarlyRead(fakeCtx().ctx);
    const read = takeEarlyRead();
    expect(read).not.toBeNull();
    expect((await read!.values).enabled).toBe(false);
    expect(takeEarlyRead()).toBeNull();
  });

  it('is out of date once a value the page starts with changes, not when another key does', async () => {
    const { ctx, invalidate } = fakeCtx();
    startEarlyRead(ctx);
    const read = takeEarlyRead()!;
    await fakeBrowser.storage.local.set({ packs: [] });
    expect(read.changed()).toBe(false);
    await enabledSetting.set(false);
    expect(read.changed()).toBe(true);
    invalidate();
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
  });
});
