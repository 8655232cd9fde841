import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The page part's file: marks, cards and the knowledge, loaded only where a page needs them. */
export const PAGE_PART_PATH = '/news-page.js';

const SHARED_CONTEXT = Symbol.for('news-context.context');

type WithContext = typeof globalThis & { [SHARED_CONTEXT]?: ContentScriptContext };

/**
 * Loads the page part into this content script's world and hands it this script's context, as
 * the pointer tracker and the early read are handed over. A dynamic import rather than a second
 * manifest script: a page with nothing to mark never compiles it, and the browser fetches and
 * parses a module off the main thread.
 */
export async function loadPagePart(ctx: ContentScriptContext): Promise<void> {
  (globalThis as WithContext)[SHARED_CONTEXT] = ctx;
  // The polyfill's types leave getURL out (the knowledge files' reader casts the same way).
  const runtime = browser.runtime as unknown as { getURL(path: string): string };
  await import(/* @vite-ignore */ runtime.getURL(PAGE_PART_PATH));
}

/** The context the loader handed over, taken once; null when the page part was loaded some other way. */
export function takeContext(): ContentScriptContext | null {
  const ctx = (globalThis as WithContext)[SHARED_CONTEXT] ?? null;
  delete (globalThis as WithContext)[SHARED_CONTEXT];
  return ctx;
}
