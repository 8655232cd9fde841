import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  categoriesSetting,
  correctionsSetting,
  disabledSitesSetting,
  enabledSetting,
  hoverDelaySetting,
  markStyleSetting,
  addNewTypesOn,
  migrateCategoriesV1,
  PAGE_SETTINGS,
  readPageSettings,
  toggleCorrection,
} from '@/utils/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start from their fallbacks', async () => {
    expect(await readPageSettings()).toEqual({
      enabled: true,
      disabledSites: [],
      categories: { person: true, organization: true, place: true, event: true, weapon: true },
      markStyle: 'underline',
      density: 'every',
      hoverDelayMs: 250,
      theme: 'auto',
    });
  });

  it('persist what is set', async () => {
    await enabledSetting.set(false);
    await disabledSitesSetting.set(['https://example.com']);
    expect(await enabledSetting.get()).toBe(false);
    expect(await disabledSitesSetting.get()).toEqual(['https://example.com']);
  });

  it('refuse to store an invalid value', async () => {
    await expect(hoverDelaySetting.set(5000)).rejects.toThrow(/Invalid value/);
    await expect(markStyleSetting.set('blink' as never)).rejects.toThrow();
    expect(await hoverDelaySetting.get()).toBe(250);
  });

  it('read garbage written straight into storage as the fallback, without an error', async () => {
    const garbage: Record<string, unknown> = {
      enabled: 'yes',
      disabledSites: 'https://a.com',
      categories: { person: 'on' },
      markStyle: 42,
      density: null,
      hoverDelayMs: -3,
      theme: { dark: true },
      corrections: [1, 2, 3],
    };
    await fakeBrowser.storage.local.set(garbage);
    const settings = await readPageSettings();
    for (const [key, setting] of Object.entries(PAGE_SETTINGS)) expect(settings[key as keyof typeof settings]).toEqual(setting.fallback);
    expect(await correctionsSetting.get()).toEqual({ hidden: {}, notThis: {} });
  });

  it('ignore unknown keys', async () => {
    await fakeBrowser.storage.local.set({ someday: 'maybe', enabled: false });
    expect((await readPageSettings()).enabled).toBe(false);
  });

  it('tell watchers the validated value', async () => {
    const seen: unknown[] = [];
    const unwatch = enabledSetting.watch((v) => seen.push(v));
    await enabledSetting.set(false);
    await fakeBrowser.storage.local.set({ enabled: 'corrupt' });
    unwatch();
    expect(seen).toEqual([false, true]);
  });

  it('read nothing from storage until read or written: a page that only watches them pays no reads', async () => {
    vi.resetModules();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const fresh = await import('@/utils/settings');
    const unwatch = [...Object.values(fresh.PAGE_SETTINGS), fresh.correctionsSetting].map((s) => s.watch(() => undefined));
    await new Promise((r) => setTimeout(r, 10));
    expect(get).not.toHaveBeenCalled();
    // The first read defines the item, which runs its migrations and reads it.
    await fakeBrowser.storage.local.set({ categories: ['event'] });
    expect(await fresh.categoriesSetting.get()).toEqual({ person: false, organization: false, place: false, event: true, weapon: true });
    expect(get).toHaveBeenCalled();
    unwatch.forEach((u) => u());
    get.mockRestore();
  });

  it('add and undo corrections per site', () => {
    const none = { hidden: {}, notThis: {} };
    const hidden = toggleCorrection(none, 'hidden', 'https://a.com', 'viktor-orban', true);
    expect(hidden.hidden).toEqual({ 'https://a.com': ['viktor-orban'] });
    expect(toggleCorrection(hidden, 'hidden', 'https://a.com', 'viktor-orban', false)).toEqual(none);
  });
});

describe('settings migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turn version 1 category lists into switches, with kinds version 1 did not have on', () => {
    expect(migrateCategoriesV1(['person', 'place'])).toEqual({ person: true, organization: false, place: true, event: false, weapon: true });
    expect(migrateCategoriesV1('garbage')).toEqual({ person: true, organization: true, place: true, event: true, weapon: true });
  });

  it('keep version 2 switches and switch the new kind on', () => {
    expect(addNewTypesOn({ person: false, organization: true, place: false, event: true })).toEqual({ person: false, organization: true, place: false, event: true, weapon: true });
    expect(addNewTypesOn({ person: true, organization: true, place: true, event: true, weapon: false })).toMatchObject({ weapon: false });
    expect(addNewTypesOn(['person'])).toEqual({ person: true, organization: true, place: true, event: true, weapon: true });
  });

  it('run on a version 1 value found in storage', async () => {
    await fakeBrowser.storage.local.set({ categories: ['event'], categories$: { v: 1 } });
    await categoriesSetting.migrate();
    expect(await categoriesSetting.get()).toEqual({ person: false, organization: false, place: false, event: true, weapon: true });
  });

  it("run on a version 2 value found in storage: the reader's switches survive the new kind", async () => {
    // Without the migration, a version 2 value fails validation and reads as all on.
    await fakeBrowser.storage.local.set({ categories: { person: true, organization: false, place: true, event: false }, categories$: { v: 2 } });
    await categoriesSetting.migrate();
    expect(await categoriesSetting.get()).toEqual({ person: true, organization: false, place: true, event: false, weapon: true });
  });
});
