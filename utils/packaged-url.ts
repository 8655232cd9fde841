import { browser } from 'wxt/browser';

/**
 * The address of a file packaged with the extension ("/card-ui.js", "/knowledge/cards.jsonl").
 * WXT types `getURL` for the files in public/ only; unlisted entrypoints and the knowledge
 * plugin's files are packaged too.
 */
export function packagedUrl(path: string): string {
  return (browser.runtime as unknown as { getURL(path: string): string }).getURL(path);
}
