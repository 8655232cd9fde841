import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportPack, importPack, indexInstalledPacks, removePack, setPackEnabled } from '@/utils/pack-import';
import { readStoredIndex } from '@/utils/knowledge/pack-index';
import { packsSetting, readEnabledPacks } from '@/utils/packs';
import { enabledSetting, hoverDelaySetting } from '@/utils/settings';
import { BAD_PACKS, goodPack } from './knowledge/bad-packs';

describe('importing packs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('installs a valid pack, which can be disabled, exported and removed', async () => {
    const result = await importPack(JSON.stringify(goodPack()), 'my-pack.json');
    expect(result.ok).toBe(true);
    const [installed] = await packsSetting.get();
    expect(installed).toMatchObject({ name: 'my-pack.json', enabled: true });
    expect(await readEnabledPacks()).toHaveLength(1);
    // Its alias index was packed at install and survives storage as one a page can use.
    expect(readStoredIndex((await readEnabledPacks())[0].index)?.count).toBe(3);
    await setPackEnabled(installed.key, false);
    expect(await readEnabledPacks()).toHaveLength(0);
    await setPackEnabled(installed.key, true);
    expect(readStoredIndex((await readEnabledPacks())[0].index)).not.toBeNull();
    expect(JSON.parse(exportPack(installed))).toEqual(goodPack());
    await removePack(installed.key);
    expect(await packsSetting.get()).toEqual([]);
  });

  it('refuses each bad pack whole and leaves storage byte-for-byte unchanged', async () => {
    await importPack(JSON.stringify(goodPack()), 'existing.json');
    await enabledSetting.set(false);
    await hoverDelaySetting.set(400);
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    for (const [why, text, path, message] of BAD_PACKS) {
      const result = await importPack(text, why);
      expect(result.ok, why).toBe(false);
      if (!result.ok) expect(result.errors.some((e) => e.path === path && message.test(e.message)), why).toBe(true);
    }
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });

  it('stores the pack without its index when both exceed the quota, and says so when even the pack does not fit', async () => {
    const quota = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    const set = vi.spyOn(packsSetting, 'set').mockImplementationOnce(quota);
    const result = await importPack(JSON.stringify(goodPack()), 'big.json');
    expect(result.ok).toBe(true);
    const [stored] = await packsSetting.get();
    expect(stored.index).toBeUndefined();
    expect((await readEnabledPacks())[0].pack).toEqual(goodPack());
    set.mockImplementationOnce(quota).mockImplementationOnce(quota);
    const refused = await importPack(JSON.stringify(goodPack()), 'bigger.json');
    expect(refused).toEqual({ ok: false, errors: [{ path: '', message: 'could not be saved (QUOTA_BYTES quota exceeded)' }] });
    expect(await packsSetting.get()).toHaveLength(1);
    set.mockRestore();
  });

  it('indexes installed packs stored without a usable index, once, and leaves them be over the quota', async () => {
    await importPack(JSON.stringify(goodPack()), 'a.json');
    await importPack(JSON.stringify(goodPack()), 'b.json');
    const [a, b] = await packsSetting.get();
    await packsSetting.set([{ ...a, index: undefined }, { ...b, index: { ...b.index!, format: 0 } }]);
    const set = vi.spyOn(packsSetting, 'set').mockImplementationOnce(() => Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    expect(await indexInstalledPacks()).toBe(0);
    expect((await packsSetting.get()).map((p) => readStoredIndex(p.index))).toEqual([null, null]);
    expect(await indexInstalledPacks()).toBe(2);
    const indexed = await packsSetting.get();
    expect(indexed.map((p) => readStoredIndex(p.index)?.count)).toEqual([3, 3]);
    expect(indexed.map(({ key, name, enabled, pack }) => ({ key, name, enabled, pack }))).toEqual([a, b].map(({ key, name, enabled, pack }) => ({ key, name, enabled, pack })));
    set.mockClear();
    expect(await indexInstalledPacks()).toBe(0);
    expect(set).not.toHaveBeenCalled();
    set.mockRestore();
  });

  it('lets a pack relate to bundled entities', async () => {
    const pack = goodPack();
    pack.entities[0].related = ['viktor-orban'];
    expect((await importPack(JSON.stringify(pack), 'p')).ok).toBe(true);
  });
});
