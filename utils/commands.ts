import { browser } from 'wxt/browser';
import { COMMANDS, type CommandName } from './messages';

/** Sends a keyboard command to the active tab's content script; true when one took it. */
export async function forwardCommand(command: string): Promise<boolean> {
  if (!(COMMANDS as readonly string[]).includes(command)) return false;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  try {
    await browser.tabs.sendMessage(tab.id, { type: 'command', command: command as CommandName });
    return true;
  } catch {
    return false; // no content script on this tab (a page we do not run on)
  }
}
