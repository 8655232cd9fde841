import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Must match `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'news-context@example.org';
/** Pinned so the tests know the moz-extension:// address of the popup. */
export const FIREFOX_UUID = 'a3c1c0de-7e57-4c0d-9e2e-000000000001';

/** Flags that keep Chromium from reaching for the network (this machine has none) and from prompting. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
];
