import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnSender, parseTabMessage, type PageInfo } from '@/utils/messages';

/**
 * Tells the popup which page this is, and that nothing runs on it, for as long as the session
 * has not started (switched off here, or no article yet): the popup can then still offer the
 * site switch where it cannot see the tab's address. Once the session runs, it answers instead.
 */
export function answerPageInfoUntil(ctx: ContentScriptContext, hasStarted: () => boolean): void {
  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (hasStarted() || !isOwnSender(sender, browser.runtime.id) || parseTabMessage(raw)?.type !== 'page-info') return undefined;
    const info: PageInfo = { href: location.href, origin: location.origin, running: false, entities: [] };
    return Promise.resolve(info);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
