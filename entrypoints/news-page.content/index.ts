import { defineContentScript } from 'wxt/utils/define-content-script';
import { declaresOtherScript } from '@/utils/matching/language';
import { DEFAULT_MATCHES } from '@/utils/sites';
import { takeEarlyRead } from '../news.content/early-read';
import { takeTracker } from '../news.content/pointer-tracker';
import { runSession } from './session';
import { startWhenWanted } from './start-when-wanted';

/**
 * The page part: knowledge, scanner, marks and cards. It starts its session only where the
 * extension is on and the page has running text in Latin script (`startWhenWanted`): a search
 * page, an app shell or a switched-off site never builds the index or the card host.
 */
export default defineContentScript({
  matches: DEFAULT_MATCHES,
  // document_end: the DOM is complete, and the page's parsing was never held up by loading
  // this script (the listeners that must come first are in news.content, at document_start).
  runAt: 'document_end',
  // No "script started" postMessage to the page: WXT now uses a DOM event for that, the page's
  // own message listeners should never see ours, and the call took ~7 ms at start-up here.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Checked again here: on a site the reader added by an older version, this script may run alone.
    if (declaresOtherScript(document.documentElement.lang)) return;
    const read = takeEarlyRead();
    startWhenWanted(ctx, read, () => {
      runSession(ctx, takeTracker(ctx), read).catch((error: unknown) => {
        // Never let our failure surface as a page error; leave a trace for the curious.
        console.debug('[news-context] stopped:', error);
      });
    });
  },
});
