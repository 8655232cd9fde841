import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EarlyRead } from '@/utils/page-start';
import { askPageStart, PAGE_START_KEYS } from '@/utils/page-start-keys';

const SHARED_READ = Symbol.for('news-context.early-read');

type WithRead = typeof globalThis & { [SHARED_READ]?: EarlyRead };

/**
 * Asks storage now, at document_start, for what the main script will start with, and hands
 * the pending answer to it through the content scripts' shared global (as the pointer tracker
 * is handed over). A change to any of those values from now on marks the answer out of date.
 */
export function startEarlyRead(ctx: ContentScriptContext): EarlyRead {
  let changed = false;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PAGE_START_KEYS.some((key) => key in changes)) changed = true;
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
  const read = { values: askPageStart(), changed: () => changed };
  (globalThis as WithRead)[SHARED_READ] = read;
  return read;
}

/** The read the document_start script began, taken once; null where the main script runs alone (a site the reader enabled). */
export function takeEarlyRead(): EarlyRead | null {
  const read = (globalThis as WithRead)[SHARED_READ] ?? null;
  delete (globalThis as WithRead)[SHARED_READ];
  return read;
}
