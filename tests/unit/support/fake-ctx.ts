import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Just enough of WXT's content-script ctx: idle callbacks, listeners and teardown callbacks, all torn down by `invalidate`. */
export function fakeCtx() {
  const cleanups: (() => void)[] = [];
  const ctx = {
    requestIdleCallback: (fn: () => void, opts?: { timeout?: number }) => window.setTimeout(fn, Math.min(opts?.timeout ?? 50, 50)),
    addEventListener: (target: EventTarget, type: string, fn: EventListener) => {
      target.addEventListener(type, fn);
      cleanups.push(() => target.removeEventListener(type, fn));
    },
    onInvalidated: (fn: () => void) => cleanups.push(fn),
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => cleanups.forEach((c) => c()) };
}
