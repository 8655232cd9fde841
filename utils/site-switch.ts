import { SETTING_KEYS, storedKey } from './page-start-keys';

/** An origin as the site lists store it. */
export const ORIGIN = /^https?:\/\/[^/\s]+$/;

export const isOriginList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 10_000 && v.every((o) => typeof o === 'string' && ORIGIN.test(o));

/** On everywhere until the reader says otherwise. */
export const ENABLED_FALLBACK = true;

/** Whether the extension should act on a page at `origin`. */
export function isActiveOn(settings: { enabled: boolean; disabledSites: readonly string[] }, origin: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(origin);
}

/**
 * The same question of the values as stored (for the document_start script, which defines no
 * settings): an invalid value reads as its setting's fallback, as the settings read it.
 */
export function isActiveOnStored(stored: Record<string, unknown>, origin: string): boolean {
  const enabled = stored[storedKey(SETTING_KEYS.enabled)];
  const sites = stored[storedKey(SETTING_KEYS.disabledSites)];
  return isActiveOn({ enabled: typeof enabled === 'boolean' ? enabled : ENABLED_FALLBACK, disabledSites: isOriginList(sites) ? sites : [] }, origin);
}
