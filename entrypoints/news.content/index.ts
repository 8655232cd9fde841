import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_MATCHES } from '@/utils/sites';
import { declaresOtherScript } from '@/utils/matching/language';
import { isActiveOnStored } from '@/utils/site-switch';
import { startEarlyRead } from './early-read';
import { installMarkSheet, removeMarkSheet } from './mark-sheet';
import { PointerTracker, shareTracker } from './pointer-tracker';

/**
 * The only part that runs at document_start: the pointer and Escape listeners, which must be
 * registered before any of the page's, the one storage read the page part will need, and
 * the marks' stylesheet. It is small on purpose — a content script at document_start holds
 * up the page's own parsing for as long as it takes to load; the page part (`news-page`:
 * knowledge, scanner, marks, cards) waits for the DOM anyway, so it loads at document_end and
 * picks the tracker and the read up.
 */
export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_start',
  // No "script started" postMessage to the page: WXT now uses a DOM event for that, the page's
  // own message listeners should never see ours, and the call took ~7 ms at start-up here.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page that declares Chinese, Ukrainian, Arabic… has nothing the knowledge can name: no
    // listener, no storage read, no stylesheet, and the page part stops at its first line.
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
  },
});
