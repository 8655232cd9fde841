import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { knowledgePlugin } from './utils/knowledge/vite-plugin.ts';

const GECKO_ID = 'news-context@example.org';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), knowledgePlugin()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and packs; activeTab: read the popup's tab origin for the per-site switch;
    // scripting: register the content script on sites the reader opts into.
    // No host_permissions: the content script's own match list is the only access asked for at install.
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
