import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_PART_KEY, type PagePart } from '../news.content/page-part-loader';
import { runSession } from './session';

/**
 * The page part: knowledge, scanner, marks and the card's host. The manifest's page script
 * (`news-page.content`) imports it only where a session starts (see `startWhenWanted`): a page
 * in another script, a search page or a switched-off site never compiles it.
 */
export default defineUnlistedScript(() => {
  const part: PagePart = { runSession };
  (globalThis as { [PAGE_PART_KEY]?: PagePart })[PAGE_PART_KEY] = part;
});
