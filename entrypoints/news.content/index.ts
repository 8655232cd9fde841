import { defineContentScript } from 'wxt/utils/define-content-script';
import { declaresOtherScript } from '@/utils/matching/language';
import { DEFAULT_MATCHES } from '@/utils/sites';
import { takeTracker } from './pointer-tracker';
import { runSession } from './session';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  // document_end: the DOM is complete, and the page's parsing was never held up by loading
  // this script (the listeners that must come first are in news-listeners, at document_start).
  runAt: 'document_end',
  // No "script started" postMessage to the page: WXT now uses a DOM event for that, the page's
  // own message listeners should never see ours, and the call took ~7 ms at start-up here.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Checked again here: on a site the reader added, this script runs without the early one.
    if (declaresOtherScript(document.documentElement.lang)) return;
    const tracker = takeTracker(ctx);
    runSession(ctx, tracker).catch((error: unknown) => {
      // Never let our failure surface as a page error; leave a trace for the curious.
      console.debug('[news-context] stopped:', error);
    });
  },
});
