import { toPagePack } from './knowledge/make-page-pack';
import type { PagePack } from './knowledge/page-pack';
import { pagePacksSetting } from './page-packs';
import { packsSetting, type InstalledPack } from './packs';

/**
 * The page parts for `installed`, in its order: an existing part is kept (with the pack's
 * current switch), and a pack without one is packed now.
 */
export function derivePagePacks(installed: readonly InstalledPack[], existing: readonly PagePack[]): PagePack[] {
  const byKey = new Map(existing.map((p) => [p.key, p]));
  return installed.map((p) => {
    const known = byKey.get(p.key);
    return known ? { ...known, enabled: p.enabled } : toPagePack(p.key, p.enabled, p.pack);
  });
}

const sameList = (a: readonly PagePack[], b: readonly PagePack[]) =>
  a.length === b.length && a.every((p, i) => p.key === b[i].key && p.enabled === b[i].enabled);

/**
 * Brings the page parts in line with the installed packs (the background runs it when packs
 * change, at start-up and after an update, which also repacks parts of an older index
 * format: they read as none). Writes only when something changed; returns whether it did.
 */
export async function syncPagePacks(): Promise<boolean> {
  const [installed, existing] = await Promise.all([packsSetting.get(), pagePacksSetting.get()]);
  const next = derivePagePacks(installed, existing);
  if (sameList(next, existing)) return false;
  await pagePacksSetting.set(next);
  return true;
}
