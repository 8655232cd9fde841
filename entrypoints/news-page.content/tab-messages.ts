import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnSender, parseTabMessage, type TabMessage } from '@/utils/messages';

/**
 * Answers messages from the extension's own pages and background only: the sender's id is
 * checked and every message validated before `handle` sees it; anything else is dropped.
 */
export function listenToExtension(ctx: ContentScriptContext, handle: (message: TabMessage) => unknown): void {
  const onMessage = (raw: unknown, sender: { id?: string }) => {
    const message = isOwnSender(sender, browser.runtime.id) ? parseTabMessage(raw) : null;
    return message ? Promise.resolve(handle(message)) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
