import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EarlyRead } from '@/utils/page-start';
import { askPageStart, SETTING_KEYS, storedKey } from '@/utils/page-start-keys';
import { isActiveOnStored } from '@/utils/site-switch';
import { pageMayHaveNames } from './language';
import { answerPageInfoUntil } from './page-info';

/**
 * A page that had no running text when it was parsed (a client-rendered article, a search page
 * turning into a story) is looked at again this long after its DOM starts changing: one
 * selector query per wait, never a walk, and nothing at all while the page is still.
 */
const RECHECK_AFTER_CHANGE_MS = 500;

/** The stored keys that switch the extension on or off for a site. */
const SWITCH_KEYS = [SETTING_KEYS.enabled, SETTING_KEYS.disabledSites].map((key) => storedKey(key));

/**
 * Starts the page's session (`start`: knowledge, scan, marks, cards) once the extension is on
 * for this site and the page has running text in Latin script; until then, it waits for
 * whichever is missing: the reader switching the site on, or the article arriving. A page that
 * never qualifies costs the scripts' loading, one storage read and one selector query.
 */
export function startWhenWanted(ctx: ContentScriptContext, read: EarlyRead | null, start: () => void): void {
  let active = false;
  let started = false;
  let waiting: MutationObserver | null = null;

  const stopWaiting = () => {
    waiting?.disconnect();
    waiting = null;
  };

  const tryStart = (): void => {
    if (started || !active || !ctx.isValid) return;
    if (!pageMayHaveNames(document)) return waitForText();
    started = true;
    stopWaiting();
    browser.storage.onChanged.removeListener(onSwitch);
    start();
  };

  function waitForText(): void {
    if (waiting || !document.body) return;
    let pending = false;
    // No work in the observer's callback: it only books one look after the changes settle.
    waiting = new MutationObserver(() => {
      if (pending) return;
      pending = true;
      ctx.setTimeout(() => {
        pending = false;
        tryStart();
      }, RECHECK_AFTER_CHANGE_MS);
    });
    waiting.observe(document.body, { childList: true, subtree: true });
  }

  function onSwitch(changes: Record<string, unknown>, area: string): void {
    if (area !== 'local' || !SWITCH_KEYS.some((key) => key in changes)) return;
    void askPageStart().then((values) => {
      active = isActiveOnStored(values, location.origin);
      if (active) tryStart();
      else stopWaiting();
    });
  }

  answerPageInfoUntil(ctx, () => started);
  browser.storage.onChanged.addListener(onSwitch);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onSwitch);
    stopWaiting();
  });

  // The document_start script's read, unless it failed, went out of date, or never ran.
  void Promise.resolve(read?.values ?? null)
    .catch(() => null)
    .then((values) => (values === null || read?.changed() ? askPageStart() : values))
    .then((values) => (active = isActiveOnStored(values, location.origin)))
    // Storage that cannot be read is the session's to report: it starts from the defaults.
    .catch(() => (active = true))
    .then(tryStart);
}
