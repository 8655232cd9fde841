import type { TestBrowser, TestPage } from './browsers';
import { waitFor } from './page-helpers';

/** Opens the popup as a page aimed at the tab showing `url` (the popup reads `?tab=`). */
export async function openPopupFor(browser: TestBrowser, url: string): Promise<TestPage> {
  const popup = await browser.openExtensionPage('popup.html');
  const tabId = await popup.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    // Without the `tabs` permission URLs are hidden: ask each tab's content script instead.
    for (const tab of await api.tabs.query({})) {
      const info = (await api.tabs.sendMessage(tab.id!, { type: 'page-info' }).catch(() => null)) as { href?: string } | null;
      if (info?.href === url) return tab.id!;
    }
    return null;
  }, url);
  if (tabId === null) throw new Error(`no tab shows ${url}`);
  await popup.goto((await popup.evaluate(() => location.href.split('?')[0])) + `?tab=${tabId}`);
  await waitFor(
    () => popup.evaluate(() => document.querySelector('[data-testid="switch-enabled"]') !== null),
    (ready) => ready,
  );
  return popup;
}
