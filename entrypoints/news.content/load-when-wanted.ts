import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EarlyRead } from '@/utils/page-start';
import { askPageStart, SETTING_KEYS, storedKey } from '@/utils/page-start-keys';
import { isActiveOnStored } from '@/utils/site-switch';
import { domReady } from '../news-page/page-state';
import { pageMayHaveNames } from './language';
import { answerPageInfoUntil } from './page-info';
import { loadPagePart } from './page-part';

/**
 * A page that had no running text when it was parsed (a client-rendered article, a search page
 * turning into a story) is looked at again this long after its DOM starts changing: one
 * selector query per wait, never a walk, and nothing at all while the page is still.
 */
const RECHECK_AFTER_CHANGE_MS = 500;

/**
 * While the page is still being parsed, what has arrived is looked at this often, so the page
 * part loads as soon as an article starts rather than when the whole document is in; it is
 * judged only once it holds this much text (an empty `<main>` says nothing of its script).
 */
const PARSING_CHECK_MS = 20;
const EARLY_SAMPLE_CHARS = 400;

/** The stored keys that switch the extension on or off for a site. */
const SWITCH_KEYS = [SETTING_KEYS.enabled, SETTING_KEYS.disabledSites].map((key) => storedKey(key));

/**
 * Loads the page part once the extension is on for this site and the page has running text in
 * Latin script (as soon as the article starts arriving, or when the document is parsed); until
 * then, it waits for whichever of those is missing:
 * the reader switching the site on, or the article arriving. A page that never qualifies
 * costs this script and one storage read.
 */
export function loadWhenWanted(ctx: ContentScriptContext, read: EarlyRead): void {
  let active = false;
  let loaded = false;
  let waiting: MutationObserver | null = null;
  let parsing: MutationObserver | null = null;

  const stopWaiting = () => {
    waiting?.disconnect();
    parsing?.disconnect();
    waiting = parsing = null;
  };

  /** Loads the page part if it is wanted now; `minSample`: judging a page still being parsed. */
  const tryLoad = (minSample = 0): void => {
    if (loaded || !active || !ctx.isValid) return;
    if (!pageMayHaveNames(document, minSample)) return minSample > 0 ? undefined : waitForText();
    loaded = true;
    stopWaiting();
    browser.storage.onChanged.removeListener(onSwitch);
    loadPagePart(ctx).catch((error: unknown) => console.debug('[news-context] page part not loaded:', error));
  };

  function waitForText(): void {
    if (!waiting && document.body) waiting = lookWhenChanged(ctx, document.body, RECHECK_AFTER_CHANGE_MS, () => tryLoad());
  }

  function onSwitch(changes: Record<string, unknown>, area: string): void {
    if (area !== 'local' || !SWITCH_KEYS.some((key) => key in changes)) return;
    void askPageStart().then((values) => {
      active = isActiveOnStored(values, location.origin);
      if (active) tryLoad(document.readyState === 'loading' ? EARLY_SAMPLE_CHARS : 0);
      else stopWaiting();
    });
  }

  answerPageInfoUntil(ctx, () => loaded);
  browser.storage.onChanged.addListener(onSwitch);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onSwitch);
    stopWaiting();
  });

  void read.values
    .catch(() => null)
    .then((values) => (values === null || read.changed() ? askPageStart() : values))
    .then((values) => (active = isActiveOnStored(values, location.origin)))
    // Storage that cannot be read is the page part's to report: it starts from the defaults.
    .catch(() => (active = true))
    .then(() => {
      if (document.readyState === 'loading' && active) {
        parsing = lookWhenChanged(ctx, document.documentElement, PARSING_CHECK_MS, () => tryLoad(EARLY_SAMPLE_CHARS));
        tryLoad(EARLY_SAMPLE_CHARS);
      }
      return domReady(ctx);
    })
    .then(() => {
      parsing?.disconnect();
      parsing = null;
      tryLoad();
    });
}

/** Calls `look` once, `delay` ms after `target`'s subtree starts changing, and again after each later change. */
function lookWhenChanged(ctx: ContentScriptContext, target: Node, delay: number, look: () => void): MutationObserver {
  let pending = false;
  // No work in the observer's callback: it only books one look after the changes settle.
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    ctx.setTimeout(() => {
      pending = false;
      look();
    }, delay);
  });
  observer.observe(target, { childList: true, subtree: true });
  return observer;
}
