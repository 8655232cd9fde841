import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_MATCHES } from '@/utils/sites';
import { PointerTracker } from './pointer-tracker';
import { runSession } from './session';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  // document_start: our pointer and key listeners must be registered before any of the page's.
  runAt: 'document_start',
  main(ctx) {
    const tracker = new PointerTracker(ctx);
    runSession(ctx, tracker).catch((error: unknown) => {
      // Never let our failure surface as a page error; leave a trace for the curious.
      console.debug('[news-context] stopped:', error);
    });
  },
});
