import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_MATCHES } from '@/utils/sites';
import { declaresOtherScript } from '@/utils/matching/language';
import { isActiveOnStored } from '@/utils/site-switch';
import { startEarlyRead } from './early-read';
import { loadWhenWanted } from './load-when-wanted';
import { installMarkSheet, removeMarkSheet } from './mark-sheet';
import { PointerTracker, shareTracker } from './pointer-tracker';

/**
 * The only script the browser puts in every matching page, and small on purpose: at
 * document_start it registers the pointer and Escape listeners (before any of the page's),
 * starts the one storage read a page needs and adds the marks' stylesheet. Marks, cards and
 * the knowledge are the page part (`news-page`), loaded only when the page is parsed, the
 * extension is on for the site and the page has running text to read.
 */
export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_start',
  // No "script started" postMessage to the page: WXT now uses a DOM event for that, the page's
  // own message listeners should never see ours, and the call took ~7 ms at start-up here.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page that declares Chinese, Ukrainian, Arabic… has nothing the knowledge can name: no
    // listener, no storage read, no stylesheet, no page part.
    if (declaresOtherScript(document.documentElement.lang)) return;
    shareTracker(new PointerTracker(ctx));
    // The settings, corrections and pack parts the page part waits for, asked for now: the
    // answer is back before the DOM is complete, instead of 7–54 ms after.
    const read = startEarlyRead(ctx);
    // The marks' rules, while the document is still empty: added to a built page, they made
    // the browser restyle all of it. Taken out again as soon as the read says the extension
    // is off here (the page is still small then): such a page keeps nothing of ours.
    installMarkSheet(document);
    void read.values.then((values) => isActiveOnStored(values, location.origin) || removeMarkSheet(document)).catch(() => undefined);
    loadWhenWanted(ctx, read);
  },
});
