import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePagePart } from '../news.content/page-part-loader';
import { runSession } from './session';

/**
 * The page part: knowledge, scanner, marks and cards. The content script (`news.content`)
 * imports it only where the extension is on and the page has running text in Latin script
 * (`startWhenWanted`): a search page, an app shell, a page in Chinese or a switched-off site
 * never loads, compiles or runs it.
 */
export default defineUnlistedScript(() => {
  providePagePart({ run: runSession });
});
