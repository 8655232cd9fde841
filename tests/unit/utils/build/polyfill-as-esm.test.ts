// @vitest-environment node
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillAsEsm, wrapAsEsm } from '@/utils/build/polyfill-as-esm';

const polyfillFile = createRequire(import.meta.url).resolve('webextension-polyfill');
type Load = (id: string) => string | null;
const load = polyfillAsEsm().load as unknown as Load;

/** Evaluates module text as an ES module and returns its default export. */
async function evaluate(code: string): Promise<unknown> {
  const module = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

const globals = globalThis as { chrome?: unknown; browser?: unknown };
afterEach(() => {
  delete globals.chrome;
  delete globals.browser;
});

describe('polyfillAsEsm', () => {
  it('serves the npm polyfill file, and only it', () => {
    expect(load(polyfillFile)).toContain('export default native ?? polyfill();');
    expect(load(`${polyfillFile}?v=1`)).toContain('export default native ?? polyfill();');
    expect(load('/x/node_modules/preact/dist/preact.mjs')).toBeNull();
    expect(load('/x/other-polyfill/dist/browser-polyfill.js')).toBeNull();
  });

  it("hands over the browser's own namespace itself, not a copy of its properties", async () => {
    // Where the browser has `browser` (Chrome 2025+, Firefox), the polyfill exports that very
    // object; the point of the plugin is that nothing enumerates it on the way.
    let reads = 0;
    const native = { runtime: { id: 'test-extension' } };
    const watched = new Proxy(native, {
      getOwnPropertyDescriptor(target, key) {
        reads++;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    globals.chrome = native;
    globals.browser = watched;
    const exported = await evaluate(load(polyfillFile) ?? '');
    expect(exported).toBe(watched);
    expect(reads).toBe(0);
  });

  it("wraps the polyfill around Chrome's callback API where there is no `browser`", async () => {
    globals.chrome = { runtime: { id: 'test-extension' } };
    const exported = (await evaluate(load(polyfillFile) ?? '')) as { runtime?: { id?: string } };
    expect(exported).not.toBe(globals.chrome);
    expect(exported.runtime?.id).toBe('test-extension');
  });
});

describe('wrapAsEsm', () => {
  it("does not run the script where the browser's own `browser` is an extension API", async () => {
    // Run, the polyfill's body is compiled in full on every page even though it then only
    // returns the native object; the wrapper has to skip it, not just its result.
    const native = { runtime: { id: 'test-extension' } };
    globals.browser = native;
    expect(await evaluate(wrapAsEsm('throw new Error("the polyfill ran");'))).toBe(native);
  });

  it('runs the script where `browser` is missing or not an extension API (a page may define one)', async () => {
    // (Different text from the test above: an evaluated module is cached by its URL.)
    await expect(evaluate(wrapAsEsm('throw new Error("the polyfill ran"); // no browser'))).rejects.toThrow('the polyfill ran');
    globals.browser = { runtime: {} };
    expect(await evaluate(wrapAsEsm('module.exports = { wrapped: true };'))).toEqual({ wrapped: true });
  });

  it("makes a CommonJS script's module.exports the default export", async () => {
    expect(await evaluate(wrapAsEsm('module.exports = { answer: 42 };'))).toEqual({ answer: 42 });
    expect(await evaluate(wrapAsEsm('exports.answer = 42;'))).toEqual({ answer: 42 });
  });
});
