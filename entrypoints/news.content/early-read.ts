import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EarlyRead } from '@/utils/page-start';
import { askPageStart, PAGE_START_KEYS } from '@/utils/page-start-keys';

/**
 * Asks storage now, at document_start, for what the page part will start with: the answer is
 * back before the DOM is complete. A change to any of those values from now on marks the
 * answer out of date.
 */
export function startEarlyRead(ctx: ContentScriptContext): EarlyRead {
  let changed = false;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PAGE_START_KEYS.some((key) => key in changes)) changed = true;
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
  return { values: askPageStart(), changed: () => changed };
}
