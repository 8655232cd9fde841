import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_MATCHES } from '@/utils/sites';
import { runSession } from './session';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runSession(ctx).catch((error: unknown) => {
      // Never let our failure surface as a page error; leave a trace for the curious.
      console.debug('[news-context] stopped:', error);
    });
  },
});
