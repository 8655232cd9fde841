import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Just enough of WXT's content-script ctx: idle callbacks, timers, listeners and teardown callbacks, all torn down by `invalidate`. */
export function fakeCtx() {
  const cleanups: (() => void)[] = [];
  let valid = true;
  const ctx = {
    get isValid() {
      return valid;
    },
    setTimeout: (fn: () => void, ms: number) => {
      const id = window.setTimeout(() => valid && fn(), ms);
      cleanups.push(() => window.clearTimeout(id));
      return id;
    },
    requestIdleCallback: (fn: () => void, opts?: { timeout?: number }) => window.setTimeout(fn, Math.min(opts?.timeout ?? 50, 50)),
    addEventListener: (target: EventTarget, type: string, fn: EventListener) => {
      target.addEventListener(type, fn);
      cleanups.push(() => target.removeEventListener(type, fn));
    },
    onInvalidated: (fn: () => void) => cleanups.push(fn),
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => ((valid = false), cleanups.forEach((c) => c())) };
}
