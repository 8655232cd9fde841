import { definePlainItem } from './plain-item';
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

/**
 * Installed packs; a corrupted value reads as none, and a corrupted entry is skipped. Not a
 * `defineItem` (see `definePlainItem`): with a 20,000-alias pack (1.4 MB) that was a second
 * read on every start of the background worker, which reads packs only when a card or a
 * sync needs them.
 */
export const packsSetting = definePlainItem<InstalledPack[]>('local:packs', (value) => (Array.isArray(value) ? value.filter(isInstalledPack) : []));
