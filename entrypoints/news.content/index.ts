import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_MATCHES } from '@/utils/sites';
import { declaresOtherScript } from '@/utils/matching/language';
import { isActiveOnStored } from '@/utils/site-switch';
import { startEarlyRead } from './early-read';
import { installMarkSheet, removeMarkSheet } from './mark-sheet';
import { loadPagePart } from './page-part-loader';
import { PointerTracker } from './pointer-tracker';
import { whenParsed } from './when-parsed';
import { startWhenWanted } from './start-when-wanted';

/**
 * The extension's only manifest script, small on purpose: a content script at document_start
 * holds up the page's own parsing for as long as it takes to load, and every page it matches
 * compiles it. At document_start it registers the pointer and Escape listeners (before any of
 * the page's), asks storage for what the page part needs, and adds the marks' stylesheet. Once
 * the DOM is parsed it decides whether the page wants the page part (knowledge, scanner,
 * marks, cards) and only then imports it.
 */
export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_start',
  // No "script started" postMessage to the page: WXT now uses a DOM event for that, the page's
  // own message listeners should never see ours, and the call took ~7 ms at start-up here.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page that declares Chinese, Ukrainian, Arabic… has nothing the knowledge can name: no
    // listener, no storage read, no stylesheet, and the page part never loads.
    if (declaresOtherScript(document.documentElement?.lang)) return;
    const tracker = new PointerTracker(ctx);
    // The settings, corrections and pack parts the page part waits for, asked for now: the
    // answer is back before the DOM is complete, instead of 7–54 ms after.
    const read = startEarlyRead(ctx);
    // The marks' rules, while the document is still empty: added to a built page, they made
    // the browser restyle all of it. Taken out again as soon as the read says the extension
    // is off here (the page is still small then): such a page keeps nothing of ours.
    installMarkSheet(document);
    void read.values.then((values) => isActiveOnStored(values, location.origin) || removeMarkSheet(document)).catch(() => undefined);
    whenParsed(ctx, () =>
      startWhenWanted(ctx, read, () => {
        loadPagePart()
          .then((part) => part.run(ctx, tracker, read))
          .catch((error: unknown) => {
            // Never let our failure surface as a page error; leave a trace for the curious.
            console.debug('[news-context] stopped:', error);
          });
      }),
    );
  },
});
