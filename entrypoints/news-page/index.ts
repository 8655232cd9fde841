import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { takeContext } from '../news.content/page-part';
import { takeTracker } from '../news.content/pointer-tracker';
import { runSession } from './session';

/**
 * The page part: knowledge, scanner, marks and cards. Not a manifest script: the content
 * script (`news.content`) imports it once a page has something to read, and hands over its
 * context, pointer tracker and storage read.
 */
export default defineUnlistedScript(() => {
  const ctx = takeContext();
  if (!ctx) return;
  runSession(ctx, takeTracker(ctx)).catch((error: unknown) => {
    // Never let our failure surface as a page error; leave a trace for the curious.
    console.debug('[news-context] stopped:', error);
  });
});
