import { browser } from 'wxt/browser';

/**
 * Where each setting a page needs at once is stored. Plain strings in a module of their own:
 * the document_start script asks for them, and must not define the settings' storage items
 * (WXT reads an item's value the moment it is defined, and the script must stay small).
 */
export const SETTING_KEYS = {
  enabled: 'local:enabled',
  disabledSites: 'local:disabledSites',
  categories: 'local:categories',
  markStyle: 'local:markStyle',
  density: 'local:density',
  hoverDelayMs: 'local:hoverDelayMs',
  theme: 'local:theme',
  corrections: 'local:corrections',
} as const;

/** What pages read of the installed packs (see `page-packs.ts`). */
export const PAGE_PACKS_KEY = 'local:pack-pages' as const;

/** `storage.local`'s own key for a WXT key ("local:enabled" is stored as "enabled"). */
export const storedKey = (key: `local:${string}`): string => key.slice('local:'.length);

export const PAGE_START_KEYS = [...Object.values(SETTING_KEYS), PAGE_PACKS_KEY].map((key) => storedKey(key));

/** Everything a page's first marks wait for (`PAGE_START_KEYS`), in one storage read, as stored (unchecked). */
export async function askPageStart(): Promise<Record<string, unknown>> {
  return (await browser.storage.local.get(PAGE_START_KEYS)) as Record<string, unknown>;
}
