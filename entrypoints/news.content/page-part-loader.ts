import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EarlyRead } from '@/utils/page-start';
import type { PointerTracker } from './pointer-tracker';
import { packagedModule } from './packaged-module';

/**
 * What the page part's script (`entrypoints/page-part`) hands this content script once loaded:
 * the page's session (knowledge, scanner, marks, cards). Kept out of the manifest's scripts,
 * which every matched page compiles, because most pages never start one (another language, no
 * article, a site switched off).
 */
export interface PagePart {
  runSession(ctx: ContentScriptContext, tracker: PointerTracker, early: EarlyRead | null): Promise<void>;
}

/** Where the page part's script leaves its `PagePart` in the content script's world. */
export const PAGE_PART_KEY = Symbol.for('news-context.page-part');

/** The page part's script, as packaged (see `web_accessible_resources` in wxt.config.ts). */
export const PAGE_PART_PATH = '/page-part.js';

/** The page part, imported once the page turns out to be worth a session. */
export const loadPagePart = packagedModule<PagePart>(PAGE_PART_PATH, PAGE_PART_KEY);
