import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forwardCommand } from '@/utils/commands';
import { restoreSites } from '@/utils/site-access';

/**
 * Only what must live in the background: forwarding keyboard commands to the active tab,
 * and making sure sites the reader added keep their content script after a restart.
 */
export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => void forwardCommand(command));
  browser.runtime.onStartup.addListener(() => void restoreSites());
  browser.runtime.onInstalled.addListener(() => void restoreSites());
});
