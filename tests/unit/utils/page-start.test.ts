import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toPagePack } from '@/utils/knowledge/make-page-pack';
import type { KnowledgePack } from '@/utils/knowledge/types';
import { readPageStart, type EarlyRead } from '@/utils/page-start';
import { askPageStart } from '@/utils/page-start-keys';
import { categoriesSetting, correctionsSetting, enabledSetting, hoverDelaySetting, themeSetting } from '@/utils/settings';
import { goodPack } from './knowledge/bad-packs';

const CORRECTIONS = { hidden: { 'https://example.com': ['viktor-orban'] }, notThis: {} };
const early = (values: Promise<Record<string, unknown>>, changed = false): EarlyRead => ({ values, changed: () => changed });

describe("what a page starts with", () => {
  beforeEach(() => fakeBrowser.reset());

  it('is read in one storage read: settings, corrections and the enabled packs’ parts', async () => {
    await enabledSetting.set(false);
    await correctionsSetting.set(CORRECTIONS);
    await fakeBrowser.storage.local.set({ 'pack-pages': [toPagePack('on', true, goodPack() as KnowledgePack), toPagePack('off', false, goodPack() as KnowledgePack)] });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const start = await readPageStart(null);
    expect(get).toHaveBeenCalledTimes(1);
    expect([start.settings.enabled, start.settings.theme, start.corrections, start.packs.map((p) => p.key)]).toEqual([false, 'auto', CORRECTIONS, ['on']]);
    get.mockRestore();
  });

  it('takes a read begun earlier without reading again, while nothing has changed since', async () => {
    await themeSetting.set('dark');
    const values = askPageStart();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const start = await readPageStart(early(values));
    expect(get).not.toHaveBeenCalled();
    expect(start.settings.theme).toBe('dark');
    get.mockRestore();
  });

  it('reads again when a value changed since the early read, or the early read failed', async () => {
    const stale = askPageStart();
    await themeSetting.set('light');
    expect((await readPageStart(early(stale, true))).settings.theme).toBe('light');
    expect((await readPageStart(early(Promise.reject(new Error('context invalidated'))))).settings.theme).toBe('light');
  });

  it('reads a corrupted value as its fallback', async () => {
    await fakeBrowser.storage.local.set({ hoverDelayMs: 'soon', corrections: { hidden: 7 }, 'pack-pages': 'garbage' });
    const start = await readPageStart(null);
    expect([start.settings.hoverDelayMs, start.corrections, start.packs]).toEqual([hoverDelaySetting.fallback, correctionsSetting.fallback, []]);
  });

  it('reads an older version’s value through its setting, which migrates it', async () => {
    await fakeBrowser.storage.local.set({ categories: ['person', 'place'] });
    const snapshot = askPageStart();
    // What defining the item does on a page (the early read may have seen the old value).
    await categoriesSetting.migrate();
    const start = await readPageStart(early(snapshot));
    expect(start.settings.categories).toEqual({ person: true, organization: false, place: true, event: false, weapon: true });
  });
});
