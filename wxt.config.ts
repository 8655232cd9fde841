import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { knowledgePlugin } from './utils/knowledge/vite-plugin.ts';
import { polyfillAsEsm } from './utils/build/polyfill-as-esm.ts';

const GECKO_ID = 'news-context@example.org';
const CARD_UI_FILE = 'card-ui.js';
const OPTIONAL_SITES = ['https://*/*', 'http://*/*'];
// connect-src 'self': the background reads the knowledge files packaged with the extension
// (its own origin), and nothing else; no network address is reachable.
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self'; img-src 'self' data:";

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [polyfillAsEsm(), preact(), knowledgePlugin({ asAssets: true })],
    // tests/bench/attribute.mjs reads function names: NEWS_CONTEXT_NO_MINIFY=1 keeps them.
    ...(process.env.NEWS_CONTEXT_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  // The bench builds a second copy from made-up knowledge (NEWS_CONTEXT_KNOWLEDGE) beside the real one.
  ...(process.env.NEWS_CONTEXT_OUT_DIR ? { outDir: process.env.NEWS_CONTEXT_OUT_DIR } : {}),
  manifest: ({ browser, manifestVersion, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and packs; activeTab: read the popup's tab origin for the per-site switch;
    // scripting: register the content script on sites the reader opts into.
    // No host_permissions: the content script's own match list is the only access asked for at install.
    permissions: ['storage', 'activeTab', 'scripting'],
    // Asked for one origin at a time, only when the reader presses "Enable on this site".
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPTIONAL_SITES }
      : { optional_permissions: OPTIONAL_SITES }),
    // Extension pages load only their own files and can reach nothing on the network.
    ...(command === 'build'
      ? { content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP }
      : {}),
    // The card's UI, which the page part imports when a reader first rests on a name
    // (entrypoints/card-ui). Any http(s) page may hold it, as the reader can add any site;
    // use_dynamic_url: pages cannot probe for the file at the extension's fixed address.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: [CARD_UI_FILE], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]
        : [CARD_UI_FILE],
    commands: {
      'open-first-card': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpenFirst__',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNext__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandPrevious__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android runs extensions: readers on phones get the same cards (as a bottom sheet).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
