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
 * start here, for nothing.
 *
 * The polyfill's own code runs unchanged inside a CommonJS-shaped scope, and only where the
 * browser has no `browser` of its own: its whole body is one function, which V8 compiles in
 * full the first time it is called even when it then returns the native object — in each of
 * the two content scripts, on every page. Not called, it is only pre-parsed.
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

/**
 * The polyfill wrapped as an ES module: its default export is the browser's own `browser`
 * where that is an extension API (the polyfill's own test), else what the polyfill's script
 * puts in `module.exports`, run only then.
 */
export function wrapAsEsm(commonJs: string): string {
  return [
    'const native = globalThis.browser?.runtime?.id ? globalThis.browser : null;',
    'function polyfill() {',
    '  const module = { exports: {} };',
    '  const exports = module.exports;',
    commonJs,
    '  return module.exports;',
    '}',
    'export default native ?? polyfill();',
    '',
  ].join('\n');
}
