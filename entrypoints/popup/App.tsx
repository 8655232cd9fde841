import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp, type SiteInfo } from '@/components/PopupApp';
import { localDate } from '@/utils/card/format';
import { frameFacts } from '@/utils/card/time-frame';
import type { SearchHit } from '@/utils/knowledge/search';
import type { PageEntity, PageInfo } from '@/utils/messages';
import type { CardEntity } from '@/utils/knowledge/types';
import { requestCards } from '@/utils/request-cards';
import { followPageSettings, setPageSetting, type PageSettings } from '@/utils/settings';
import { enableSite, isDefaultSite, readableOrigin, readAddedSites, removeSite } from '@/utils/site-access';

/**
 * The tab the popup acts on: the active tab, or `?tab=ID` when the popup is opened as a page
 * (the end-to-end tests do this, since a real popup cannot be scripted). There the tab's URL is
 * hidden (no activeTab grant without a real toolbar click), so `&origin=` may name it.
 */
async function targetTab() {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Asks the tab's content script about its page; null where none runs. */
async function pageInfo(tabId: number | undefined): Promise<PageInfo | null> {
  if (tabId === undefined) return null;
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'page-info' })) as PageInfo | undefined;
    return reply && typeof reply.origin === 'string' && Array.isArray(reply.entities) ? reply : null;
  } catch {
    return null; // no content script there
  }
}

/** Asks the background to look a name up; an empty query only warms its index. */
async function lookUp(query: string): Promise<SearchHit[]> {
  const reply = (await browser.runtime.sendMessage({ type: 'search', query }).catch(() => null)) as { hits?: SearchHit[] } | null;
  return Array.isArray(reply?.hits) ? reply.hits : [];
}

async function cardOf(id: string): Promise<CardEntity | null> {
  const [card] = await requestCards([id]).catch(() => []);
  return card ?? null;
}

/** Wires the popup to storage and the current tab; `PopupApp` draws it. */
export function App() {
  const [settings, setSettings] = useState<PageSettings | null>(null);
  const [site, setSite] = useState<SiteInfo>({ origin: null, covered: false, added: false });
  const [tabId, setTabId] = useState<number | undefined>();
  const [entities, setEntities] = useState<PageEntity[] | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [card, setCard] = useState<CardEntity | null>(null);
  /** Answers can overtake each other: only the latest keystroke's is shown. */
  const asked = useRef(0);

  // The background builds its look-up index on first use: warm it while the popup opens.
  useEffect(() => void lookUp(''), []);
  const onLookupQuery = (text: string) => {
    setQuery(text);
    const ask = ++asked.current;
    void lookUp(text).then((found) => ask === asked.current && setHits(found));
  };

  useEffect(() => {
    const stopFollowing = followPageSettings(setSettings);
    void (async () => {
      const tab = await targetTab();
      const info = await pageInfo(tab?.id);
      // The tab's URL is visible through activeTab (a real popup click); otherwise the content script says.
      const url = tab?.url ?? info?.href ?? new URLSearchParams(location.search).get('origin') ?? undefined;
      const origin = readableOrigin(url);
      const added = origin !== null && (await readAddedSites()).includes(origin);
      setSite({ origin, covered: info !== null || (url !== undefined && isDefaultSite(url)) || added, added });
      setTabId(tab?.id);
      setEntities(info?.running ? info.entities : null);
    })();
    return stopFollowing;
  }, []);

  // The page's list changes with the category switches: ask again after each settings change.
  useEffect(() => {
    if (tabId === undefined) return;
    const timer = setTimeout(() => void pageInfo(tabId).then((info) => setEntities(info?.running ? info.entities : null)), 150);
    return () => clearTimeout(timer);
  }, [settings, tabId]);

  if (!settings) return null;
  return (
    <PopupApp
      settings={settings}
      site={site}
      entities={entities}
      onSetting={setPageSetting}
      onEnableSite={() => site.origin && void enableSite(site.origin, tabId).then((ok) => ok && setSite({ ...site, covered: true, added: true }))}
      onRemoveSite={() => site.origin && void removeSite(site.origin).then(() => setSite({ ...site, covered: isDefaultSite(`${site.origin}/`), added: false }))}
      onChooseEntity={(id) => tabId !== undefined && void browser.tabs.sendMessage(tabId, { type: 'focus-entity', id }).catch(() => undefined)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      lookup={{ query, hits, card: card ? { entity: card, frame: frameFacts(card.facts, null, localDate(new Date())) } : null }}
      onLookupQuery={onLookupQuery}
      onLookupChoose={(id) => void cardOf(id).then(setCard)}
      onLookupBack={() => setCard(null)}
    />
  );
}
