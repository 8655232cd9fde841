import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importPack, removePack, setPackEnabled } from '@/utils/pack-import';
import { syncPagePacks } from '@/utils/pack-sync';
import { pagePacksSetting } from '@/utils/page-packs';
import { packsSetting } from '@/utils/packs';
import * as pagePack from '@/utils/knowledge/make-page-pack';
import { goodPack } from './knowledge/bad-packs';

/** The parts pages read of the enabled packs. */
const readEnabledPacks = async () => (await pagePacksSetting.get()).filter((p) => p.enabled);

const other = () => {
  const pack = goodPack();
  Object.assign(pack.entities[0], { id: 'john-example', name: 'John Example', aliases: [] });
  return JSON.stringify(pack);
};
const summary = async () => (await pagePacksSetting.get()).map((p) => [p.headers.ids, p.enabled, p.index.packed.count]);

describe("keeping the packs' page parts in step", () => {
  beforeEach(() => fakeBrowser.reset());

  it('packs each installed pack once, follows its switch and its removal, in install order', async () => {
    const pack = vi.spyOn(pagePack, 'toPagePack');
    await importPack(JSON.stringify(goodPack()), 'a.json');
    await importPack(other(), 'b.json');
    // An import writes the pack's parts with it: the background finds nothing to do.
    expect(await syncPagePacks()).toBe(false);
    expect(await summary()).toEqual([
      ['jane-example', true, 3],
      ['john-example', true, 1],
    ]);
    const [a, b] = await packsSetting.get();
    await setPackEnabled(a.key, false);
    expect(await syncPagePacks()).toBe(true);
    expect((await readEnabledPacks()).map((p) => p.key)).toEqual([b.key]);
    expect(await syncPagePacks()).toBe(false); // nothing changed: nothing written
    await removePack(b.key);
    await syncPagePacks();
    expect(await summary()).toEqual([['jane-example', false, 3]]);
    // Each pack was packed once, however often its switch moved.
    expect(pack).toHaveBeenCalledTimes(2);
    pack.mockRestore();
  });

  it('packs again the parts that are missing, damaged or of an older index format', async () => {
    await importPack(JSON.stringify(goodPack()), 'a.json');
    await importPack(other(), 'b.json');
    await syncPagePacks();
    const [first, second] = await pagePacksSetting.get();
    await pagePacksSetting.set([{ ...first, index: { ...first.index, format: 0 } }, { ...second, headers: null as never }]);
    expect(await readEnabledPacks()).toEqual([]);
    expect(await syncPagePacks()).toBe(true);
    expect(await summary()).toEqual([
      ['jane-example', true, 3],
      ['john-example', true, 1],
    ]);
    await fakeBrowser.storage.local.remove('pack-pages');
    expect(await syncPagePacks()).toBe(true);
    expect(await readEnabledPacks()).toHaveLength(2);
  });
});
