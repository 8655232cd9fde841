import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { COMMANDS, type CommandName } from '@/utils/messages';
import { restoreSites } from '@/utils/site-access';

/**
 * Only what must live in the background: forwarding keyboard commands to the active tab,
 * and making sure sites the reader added keep their content script after a restart.
 */
export default defineBackground(() => {
  browser.commands.onCommand.addListener(async (command) => {
    if (!(COMMANDS as readonly string[]).includes(command)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { type: 'command', command: command as CommandName }).catch(() => {
      // No content script on this tab (a page we do not run on): nothing to open.
    });
  });
  browser.runtime.onStartup.addListener(() => void restoreSites());
  browser.runtime.onInstalled.addListener(() => void restoreSites());
});
