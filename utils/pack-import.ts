import bundled from 'virtual:knowledge-index';
import { EntityTable } from './knowledge/entity-table';
import type { SchemaError } from './knowledge/json-schema';
import { indexPack, readStoredIndex } from './knowledge/pack-index';
import { checkPackText } from './knowledge/validate';
import { packsSetting, type InstalledPack } from './packs';

export type ImportResult = { ok: true; pack: InstalledPack } | { ok: false; errors: SchemaError[] };

const bundledIds = new EntityTable(bundled.headers).allIds();

/**
 * Validates a pack and installs it only when every check passes: a refused pack leaves every
 * installed pack and setting exactly as it was. Pack entities may relate to bundled ones.
 */
export async function importPack(text: string, name: string, now = new Date()): Promise<ImportResult> {
  const installed = await packsSetting.get();
  const knownIds = new Set([...bundledIds, ...installed.flatMap((p) => p.pack.entities.map((e) => e.id))]);
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
    // Packed once here, so pages index the pack's aliases without preparing them from text.
    index: indexPack(check.pack),
  };
  return save(installed, pack);
}

/**
 * Stores the pack beside those installed. Its index about doubles what it takes in storage:
 * past the browser's quota, the pack alone is stored (pages then pack it from its text), and
 * if even that does not fit the reader is told and nothing changes.
 */
async function save(installed: InstalledPack[], pack: InstalledPack): Promise<ImportResult> {
  try {
    await packsSetting.set([...installed, pack]);
    return { ok: true, pack };
  } catch {
    const { index: _index, ...withoutIndex } = pack;
    try {
      await packsSetting.set([...installed, withoutIndex]);
      return { ok: true, pack: withoutIndex };
    } catch (error) {
      return { ok: false, errors: [{ path: '', message: `could not be saved (${(error as Error).message || 'storage refused it'})` }] };
    }
  }
}

/**
 * Gives every installed pack without a usable index one (packs from before indexes were
 * stored, or from an older index format after an update), so pages stop packing them from
 * text. Returns how many were indexed; past the storage quota it changes nothing.
 */
export async function indexInstalledPacks(): Promise<number> {
  const installed = await packsSetting.get();
  const missing = installed.filter((p) => readStoredIndex(p.index) === null);
  if (missing.length === 0) return 0;
  try {
    await packsSetting.set(installed.map((p) => (missing.includes(p) ? { ...p, index: indexPack(p.pack) } : p)));
    return missing.length;
  } catch {
    return 0;
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
