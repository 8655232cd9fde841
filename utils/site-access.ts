import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { storage } from 'wxt/utils/storage';
import { isOriginList } from './site-switch';
import { DEFAULT_MATCHES } from './sites';

/** The built content scripts, registered again for each site the reader adds: the page part (knowledge, marks, cards)… */
export const CONTENT_SCRIPT_FILE = 'content-scripts/news-page.js';
/** …and the document_start part (pointer listeners, the early storage read, the marks' stylesheet). */
export const EARLY_SCRIPT_FILE = 'content-scripts/news.js';

const addedSitesItem = storage.defineItem<string[]>('local:addedSites', { fallback: [], version: 1 });

/** Origins the reader opted into beyond the default news list. */
export async function readAddedSites(): Promise<string[]> {
  const value: unknown = await addedSitesItem.getValue().catch(() => []);
  return isOriginList(value) ? value : [];
}

const defaultPatterns = DEFAULT_MATCHES.map((p) => new MatchPattern(p));

/** The origin of a page extensions may read (http or https), else null. */
export function readableOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

export function isDefaultSite(url: string): boolean {
  return defaultPatterns.some((p) => p.includes(url));
}

const scriptId = (origin: string) => `site:${origin}`;
const earlyScriptId = (origin: string) => `site-early:${origin}`;
/** Match patterns have no port: a site's pattern covers its host on any port. */
const originPattern = (origin: string) => {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
};

/**
 * Registers the content scripts for an origin the reader granted, as the manifest does for the
 * default sites: the small one at document_start, the page part once the DOM is complete
 * (idempotent). A registration an older version left with other files or timing is replaced.
 */
export async function registerSite(origin: string): Promise<void> {
  const matches = [originPattern(origin)];
  const wanted = [
    { id: earlyScriptId(origin), matches, js: [EARLY_SCRIPT_FILE], runAt: 'document_start' as const, persistAcrossSessions: true },
    { id: scriptId(origin), matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_end' as const, persistAcrossSessions: true },
  ];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: wanted.map((script) => script.id) });
  const current = (script: (typeof wanted)[number]) => existing.some((e) => e.id === script.id && e.js?.[0] === script.js[0] && e.runAt === script.runAt);
  const stale = existing.filter((e) => !wanted.some((script) => script.id === e.id && current(script)));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  const missing = wanted.filter((script) => !current(script));
  if (missing.length > 0) await browser.scripting.registerContentScripts(missing);
}

/**
 * Asks for one origin at run time (`optional_host_permissions`), then runs there from now on
 * and at once in the given tab. Must be called from a user gesture (the popup's button).
 */
export async function enableSite(origin: string, tabId?: number): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) return false;
  await registerSite(origin);
  const sites = await readAddedSites();
  if (!sites.includes(origin)) await addedSitesItem.setValue([...sites, origin]);
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
  return true;
}

/** Undoes `enableSite`: unregisters the scripts and gives the permission back. */
export async function removeSite(origin: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [earlyScriptId(origin), scriptId(origin)] }).catch(() => undefined);
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  await addedSitesItem.setValue((await readAddedSites()).filter((o) => o !== origin));
}

/** On browser start: re-registers sites whose permission is still held (engines differ on persistence). */
export async function restoreSites(): Promise<void> {
  for (const origin of await readAddedSites()) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) await registerSite(origin).catch(() => undefined);
  }
}
