import { storage } from 'wxt/utils/storage';
import { readPagePack, type PagePack } from './knowledge/page-pack';
import type { KnowledgePack } from './knowledge/types';

/** A pack the reader installed, with their choices about it. */
export interface InstalledPack {
  key: string;
  name: string;
  enabled: boolean;
  installedAt: string;
  pack: KnowledgePack;
}

const isInstalledPack = (v: unknown): v is InstalledPack => {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as InstalledPack;
  return (
    typeof p.key === 'string' && typeof p.name === 'string' && typeof p.enabled === 'boolean' && typeof p.installedAt === 'string' &&
    typeof p.pack === 'object' && p.pack !== null && Array.isArray(p.pack.entities) && typeof p.pack.asOf === 'string'
  );
};

const packsItem = storage.defineItem<InstalledPack[]>('local:packs', { fallback: [], version: 1 });

/** Installed packs; a corrupted value reads as none, and a corrupted entry is skipped. */
export const packsSetting = {
  key: 'local:packs',
  async get(): Promise<InstalledPack[]> {
    try {
      const value: unknown = await packsItem.getValue();
      return Array.isArray(value) ? value.filter(isInstalledPack) : [];
    } catch {
      return [];
    }
  },
  set: (value: InstalledPack[]) => packsItem.setValue(value),
  watch: (callback: (value: InstalledPack[]) => void) =>
    packsItem.watch((value) => callback(Array.isArray(value) ? value.filter(isInstalledPack) : [])),
};

const readPagePacks = (value: unknown): PagePack[] =>
  Array.isArray(value) ? value.map(readPagePack).filter((p): p is PagePack => p !== null) : [];

/**
 * What pages read of the installed packs (see `PagePack`), kept in step with `local:packs`
 * by the background (`syncPagePacks`); a corrupted value or entry reads as none.
 */
const pagePacksItem = storage.defineItem<PagePack[]>('local:pack-pages', { fallback: [] });

export const pagePacksSetting = {
  key: 'local:pack-pages',
  async get(): Promise<PagePack[]> {
    try {
      return readPagePacks(await pagePacksItem.getValue());
    } catch {
      return [];
    }
  },
  set: (value: PagePack[]) => pagePacksItem.setValue(value),
  watch: (callback: (value: PagePack[]) => void) => pagePacksItem.watch((value) => callback(readPagePacks(value))),
};

/** The parts pages need of the enabled packs, in install order. */
export async function readEnabledPacks(): Promise<PagePack[]> {
  return (await pagePacksSetting.get()).filter((p) => p.enabled);
}
