import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findArticleRoot } from '@/entrypoints/news-page.content/article-root';
import { datedFits, loadKnowledge } from '@/entrypoints/news-page.content/knowledge';
import { MentionStore } from '@/entrypoints/news-page.content/mentions';
import { orderMentions } from '@/entrypoints/news-page.content/order';
import { PlaceContext } from '@/entrypoints/news-page.content/place-context';
import { RemoteWords } from '@/entrypoints/news-page.content/remote-words';
import { Scanner } from '@/entrypoints/news-page.content/scanner';
import { TownQualifier } from '@/entrypoints/news-page.content/town-qualifier';
import { remoteBucketsFor } from '@/utils/knowledge/remote-buckets';
import { findPublishedDate } from '@/utils/card/format';

export const knowledge = loadKnowledge();

/**
 * Scans a fixture with the bundled knowledge, as a page does: a first scan notes the words
 * the background may hold, the background's answer joins the index, and the article is read
 * again. Returns "id=text" for each mention in page order.
 */
export async function scanFixture(name: string): Promise<string[]> {
  document.open();
  document.write(readFileSync(resolve(import.meta.dirname, '../../../fixtures', name), 'utf8'));
  document.close();
  const root = findArticleRoot(document) ?? document.body;
  // The page's date says which year's events its dated names are, as in the session.
  knowledge.aliasIndex.datedFits = datedFits(knowledge, findPublishedDate(document));
  const remote = new RemoteWords();
  new Scanner(new MentionStore(), knowledge.aliasIndex, undefined, (hash, node) => remote.note(hash, node), remote.pageWords).scanNow(root, true);
  const { contexts, towns: located } = await remote.fetchInto(knowledge, remoteBucketsFor);
  // The page's context settles shared and weak names, and a town's state its town, as in the session.
  const places = new PlaceContext(() => knowledge.entities);
  places.addContexts(contexts);
  const towns = new TownQualifier(() => knowledge.entities);
  towns.addTowns(located);
  const store = new MentionStore(places, towns);
  new Scanner(store, knowledge.aliasIndex).scanNow(root, true);
  return orderMentions([...store.all()]).map((m) => {
    const { startContainer, startOffset, endContainer, endOffset } = m.range;
    const range = document.createRange();
    range.setStart(startContainer, startOffset);
    range.setEnd(endContainer, endOffset);
    return `${knowledge.entities.id(m.entity)}=${range.toString()}`;
  });
}

export const ids = (found: string[]) => new Set(found.map((f) => f.split('=')[0]));
