// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { whenVisible } from '@/entrypoints/news-page.content/page-state';

const ctx = { addEventListener: (t: EventTarget, type: string, fn: EventListener) => t.addEventListener(type, fn) } as unknown as ContentScriptContext;

describe('whenVisible', () => {
  it('resolves at once in a visible tab', async () => {
    let done = false;
    await whenVisible(ctx).then(() => (done = true));
    expect(done).toBe(true);
  });

  it('waits while the tab is hidden and resolves when it is shown', async () => {
    let hidden = true;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    let done = false;
    void whenVisible(ctx).then(() => (done = true));
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    expect(done).toBe(false);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(true);
  });
});
