import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The polyfill's file as npm ships it: one UMD script that sets `module.exports`. */
const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/;

/**
 * Serves webextension-polyfill to the bundler as an ES module with a default export.
 *
 * Why: bundled as CommonJS, its export passes through the bundler's interop helper, which
 * copies every own property of the exported object onto a namespace. Where the browser has
 * its own `browser` namespace (Chrome since 2025, every Firefox), the polyfill exports that
 * object itself, and reading each property's descriptor makes Chromium build every API
 * binding (`browser.app`, `browser.dom`, …) on every page: 5–10 ms of the content scripts'
 * start here, for nothing. The polyfill's own code runs unchanged inside a CommonJS-shaped
 * scope; only the way its result is handed over changes.
 */
export function polyfillAsEsm(): Plugin {
  return {
    name: 'news-context:polyfill-as-esm',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0];
      if (!POLYFILL_FILE.test(file)) return null;
      return wrapAsEsm(readFileSync(file, 'utf8'));
    },
  };
}

/** A CommonJS script wrapped so that its `module.exports` becomes the module's default export. */
export function wrapAsEsm(commonJs: string): string {
  return `const module = { exports: {} };\nconst exports = module.exports;\n${commonJs}\nexport default module.exports;\n`;
}
