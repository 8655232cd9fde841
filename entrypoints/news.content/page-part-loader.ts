import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EarlyRead } from '@/utils/page-start';
import { packagedUrl } from '@/utils/packaged-url';
import type { PointerTracker } from './pointer-tracker';

/** What the page part's script (`entrypoints/page-part`) leaves in the content script's world. */
export interface PagePart {
  /** The page's session: knowledge, scan, marks and cards, for as long as `ctx` is valid. */
  run(ctx: ContentScriptContext, tracker: PointerTracker, read: EarlyRead): Promise<void>;
}

/** Where the page part's script leaves its `PagePart`: content scripts' globals are not the page's. */
export const PAGE_PART_KEY = Symbol.for('news-context.page-part');

/** The page part's script, as packaged (see `web_accessible_resources` in wxt.config.ts). */
export const PAGE_PART_PATH = '/page-part.js';

type WithPagePart = typeof globalThis & { [PAGE_PART_KEY]?: PagePart };

/**
 * The page part, imported into this content script's world once the page is known to want it
 * (`startWhenWanted`). It is not a manifest script because the browser compiles those on every
 * page they match, at ~300 KB the largest cost of a page with nothing to mark.
 */
export async function loadPagePart(): Promise<PagePart> {
  const world = globalThis as WithPagePart;
  if (!world[PAGE_PART_KEY]) await import(/* @vite-ignore */ packagedUrl(PAGE_PART_PATH));
  const part = world[PAGE_PART_KEY];
  if (!part) throw new Error(`news-context: ${PAGE_PART_PATH} loaded but left no page part`);
  return part;
}

/** Exposes the page part to the loader; called by the page part's script as it loads. */
export function providePagePart(part: PagePart): void {
  (globalThis as WithPagePart)[PAGE_PART_KEY] = part;
}
