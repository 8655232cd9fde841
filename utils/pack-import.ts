import { storage } from 'wxt/utils/storage';
import { bundledIds } from './knowledge/bundled-tables';
import type { SchemaError } from './knowledge/json-schema';
import { checkPackText } from './knowledge/validate';
import { derivePagePacks } from './pack-sync';
import { pagePacksSetting } from './page-packs';
import { packsSetting, type InstalledPack } from './packs';

export type ImportResult = { ok: true; pack: InstalledPack } | { ok: false; errors: SchemaError[] };

/**
 * Validates a pack and installs it only when every check passes: a refused pack leaves every
 * installed pack and setting exactly as it was. Pack entities may relate to bundled ones.
 */
export async function importPack(text: string, name: string, now = new Date()): Promise<ImportResult> {
  const installed = await packsSetting.get();
  const knownIds = new Set([...bundledIds(), ...installed.flatMap((p) => p.pack.entities.map((e) => e.id))]);
  const check = checkPackText(text, { knownIds });
  if (!check.ok) return check;
  // Control characters and angle brackets have no place in a label.
  const cleanName = [...name].filter((c) => c >= ' ' && c !== '<' && c !== '>').join('').slice(0, 80).trim() || 'Untitled pack';
  const pack: InstalledPack = {
    key: `${now.getTime().toString(36)}-${installed.length}`,
    name: cleanName,
    enabled: true,
    installedAt: now.toISOString(),
    pack: check.pack,
  };
  return save(installed, pack);
}

/**
 * Stores the pack beside those installed, and what pages read of it, in one write: storage
 * takes both or neither, so a pack the reader's storage has no room for (the parts are about
 * as large as the pack) is refused here with a reason, not installed and then missing from
 * pages. Only an import adds bytes; switching and removing leave the parts to the background.
 */
async function save(installed: InstalledPack[], pack: InstalledPack): Promise<ImportResult> {
  try {
    const next = [...installed, pack];
    const parts = derivePagePacks(next, await pagePacksSetting.get());
    await storage.setItems([
      { key: packsSetting.key, value: next },
      { key: pagePacksSetting.key, value: parts },
    ]);
    return { ok: true, pack };
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `could not be saved (${(error as Error).message || 'storage refused it'})` }] };
  }
}

export async function setPackEnabled(key: string, enabled: boolean): Promise<void> {
  await packsSetting.set((await packsSetting.get()).map((p) => (p.key === key ? { ...p, enabled } : p)));
}

export async function removePack(key: string): Promise<void> {
  await packsSetting.set((await packsSetting.get()).filter((p) => p.key !== key));
}

/** The pack as the JSON file it came from, for the reader to save. */
export function exportPack(pack: InstalledPack): string {
  return `${JSON.stringify(pack.pack, null, 2)}\n`;
}
