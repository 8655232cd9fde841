import { storage } from 'wxt/utils/storage';
import type { KnowledgePack } from './knowledge/types';

/**
 * A pack the reader installed, with their choices about it. Pages never read these (see
 * `page-packs.ts`): the options page and the background do.
 */
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
