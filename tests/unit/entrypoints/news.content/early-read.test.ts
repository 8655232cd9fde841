import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startEarlyRead, takeEarlyRead } from '@/entrypoints/news.content/early-read';
import { enabledSetting } from '@/utils/settings';

/** Just enough of WXT's ctx: teardown callbacks. */
function fakeCtx() {
  const cleanups: (() => void)[] = [];
  const ctx = { onInvalidated: (fn: () => void) => cleanups.push(fn) } as unknown as ContentScriptContext;
  return { ctx, invalidate: () => cleanups.forEach((c) => c()) };
}

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
