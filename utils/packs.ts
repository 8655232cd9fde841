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

const KEY = 'local:packs';

const readInstalled = (value: unknown): InstalledPack[] => (Array.isArray(value) ? value.filter(isInstalledPack) : []);

/**
 * Installed packs; a corrupted value reads as none, and a corrupted entry is skipped. Read
 * with `storage.getItem`, not through a `defineItem`, which reads the whole value as it is
 * defined: with a 20,000-alias pack (1.4 MB) that was a second read on every start of the
 * background worker, which reads packs only when a card or a sync needs them.
 */
export const packsSetting = {
  key: KEY,
  async get(): Promise<InstalledPack[]> {
    try {
      return readInstalled(await storage.getItem<unknown>(KEY));
    } catch {
      return [];
    }
  },
  set: (value: InstalledPack[]) => storage.setItem(KEY, value),
  watch: (callback: (value: InstalledPack[]) => void) => storage.watch<unknown>(KEY, (value) => callback(readInstalled(value))),
};
