import { storage } from 'wxt/utils/storage';
import { readPagePack, type PagePack } from './knowledge/page-pack';

const KEY = 'local:pack-pages';

const readPagePacks = (value: unknown): PagePack[] =>
  Array.isArray(value) ? value.map(readPagePack).filter((p): p is PagePack => p !== null) : [];

/**
 * What pages read of the installed packs (see `PagePack`), written only by the background
 * (`syncPagePacks`); a corrupted value or entry reads as none. Read with `storage.getItem`,
 * not through a `defineItem`: WXT's item reads its whole value once as it is defined, which
 * doubled what a page read for a big pack (and `local:packs`, defined in the same module,
 * cost each page ~250 ms at 20,000 aliases until pages stopped importing it).
 */
export const pagePacksSetting = {
  key: KEY,
  async get(): Promise<PagePack[]> {
    try {
      return readPagePacks(await storage.getItem<unknown>(KEY));
    } catch {
      return [];
    }
  },
  set: (value: PagePack[]) => storage.setItem(KEY, value),
  watch: (callback: (value: PagePack[]) => void) => storage.watch<unknown>(KEY, (value) => callback(readPagePacks(value))),
};

/** The parts pages need of the enabled packs, in install order. */
export async function readEnabledPacks(): Promise<PagePack[]> {
  return (await pagePacksSetting.get()).filter((p) => p.enabled);
}
