import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportPack, importPack, removePack, setPackEnabled } from '@/utils/pack-import';
import { pagePacksSetting } from '@/utils/page-packs';
import { packsSetting } from '@/utils/packs';
import { enabledSetting, hoverDelaySetting } from '@/utils/settings';
import { BAD_PACKS, goodPack } from './knowledge/bad-packs';

/** The parts pages read of the enabled packs. */
const readEnabledPacks = async () => (await pagePacksSetting.get()).filter((p) => p.enabled);

describe('importing packs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('installs a valid pack, which can be disabled, exported and removed', async () => {
    const result = await importPack(JSON.stringify(goodPack()), 'my-pack.json');
    expect(result.ok).toBe(true);
    const [installed] = await packsSetting.get();
    expect(installed).toMatchObject({ name: 'my-pack.json', enabled: true });
    await setPackEnabled(installed.key, false);
    expect((await packsSetting.get())[0].enabled).toBe(false);
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

  it('stores the pack and what pages read of it in one write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect((await importPack(JSON.stringify(goodPack()), 'a.json')).ok).toBe(true);
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0][0] as object).sort()).toEqual(['pack-pages', 'packs']);
    expect((await readEnabledPacks()).map((p) => p.headers.ids)).toEqual(['jane-example']);
    set.mockRestore();
  });

  it('says so when storage has no room for the pack and its parts, and changes nothing', async () => {
    await importPack(JSON.stringify(goodPack()), 'existing.json');
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementationOnce(() => Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    const refused = await importPack(JSON.stringify(goodPack()), 'big.json');
    expect(refused).toEqual({ ok: false, errors: [{ path: '', message: 'could not be saved (QUOTA_BYTES quota exceeded)' }] });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
    set.mockRestore();
  });

  it('lets a pack relate to bundled entities', async () => {
    const pack = goodPack();
    pack.entities[0].related = ['viktor-orban'];
    expect((await importPack(JSON.stringify(pack), 'p')).ok).toBe(true);
  });
});
