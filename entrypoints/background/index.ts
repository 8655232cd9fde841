import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundledCards } from '@/utils/knowledge/bundled-cards';
import { forwardCommand } from '@/utils/commands';
import { indexInstalledPacks } from '@/utils/pack-import';
import { isOwnSender, parseBackgroundMessage } from '@/utils/messages';
import { restoreSites } from '@/utils/site-access';

/**
 * Only what must live in the background: forwarding keyboard commands to the active tab,
 * making sure sites the reader added keep their content script after a restart, serving
 * card text to pages (kept out of the content script so every page starts faster), and
 * indexing packs an earlier version stored without an index.
 */
export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => void forwardCommand(command));
  browser.runtime.onStartup.addListener(() => void restoreSites());
  browser.runtime.onInstalled.addListener(() => {
    void restoreSites();
    // After an update, packs stored without an index (or in an older format) get one, once.
    void indexInstalledPacks();
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string }) => {
    const message = isOwnSender(sender, browser.runtime.id) ? parseBackgroundMessage(raw) : null;
    return message ? Promise.resolve({ cards: bundledCards(message.ids) }) : undefined;
  });
});
