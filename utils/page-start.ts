import type { PagePack } from './knowledge/page-pack';
import { readPagePacks } from './page-packs';
import { askPageStart, PAGE_PACKS_KEY, storedKey } from './page-start-keys';
import { correctionsSetting, PAGE_SETTINGS, type Corrections, type PageSettings, type Setting } from './settings';

/** Everything a page's first marks wait for: its settings, the reader's corrections, the enabled packs' page parts. */
export interface PageStart {
  settings: PageSettings;
  corrections: Corrections;
  packs: PagePack[];
}

/**
 * A read of `askPageStart()` begun earlier (by the document_start script), with whether any
 * of its values changed since it was asked for (its answer may then be out of date).
 */
export interface EarlyRead {
  values: Promise<Record<string, unknown>>;
  changed: () => boolean;
}

/**
 * A stored value as its setting reads it: a valid one as it is, none as the fallback, and
 * anything else (an older version's shape, or garbage) through the setting itself, which
 * runs the item's migrations first and falls back when the value is still invalid.
 */
async function settle<T>(setting: Setting<T>, value: unknown): Promise<T> {
  if (setting.isValid(value)) return value;
  if (value === undefined || value === null) return setting.fallback;
  return setting.get();
}

/**
 * What the page starts with, from `early` when it is still current (one read begun at
 * document_start is back long before the DOM is complete; asked for at document_end, the
 * same read took 7–54 ms while the browser was still loading the page), otherwise read now.
 */
export async function readPageStart(early: EarlyRead | null): Promise<PageStart> {
  let values = early ? await early.values.catch(() => null) : null;
  if (values === null || early?.changed()) values = await askPageStart();
  const stored = values;
  const entries = Object.entries(PAGE_SETTINGS).map(async ([name, setting]) => [name, await settle(setting as Setting<unknown>, stored[storedKey(setting.key)])]);
  const [settings, corrections] = await Promise.all([Promise.all(entries), settle(correctionsSetting, stored[storedKey(correctionsSetting.key)])]);
  return {
    settings: Object.fromEntries(settings) as PageSettings,
    corrections,
    packs: readPagePacks(stored[storedKey(PAGE_PACKS_KEY)]).filter((p) => p.enabled),
  };
}
