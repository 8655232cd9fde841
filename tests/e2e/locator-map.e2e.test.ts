import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './support/browsers';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { hoverText, readCard, waitFor } from './support/page-helpers';

const PAGE = 'news/frontline-towns.html';

interface MapSnapshot {
  role: string | null;
  label: string | null;
  title: string | null;
  focus: number;
  neighbours: number;
  dot: boolean;
  /** ms from the pointer's last move to the card, and to its map (0: not yet). */
  cardAfterMs: number;
  mapAfterMs: number;
}

/** Starts timing in the page: the last pointer move, then the first frame with the card and with its map. */
function watchCard(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __map: { move: number; card: number; map: number } };
    w.__map = { move: 0, card: 0, map: 0 };
    addEventListener('pointermove', (e) => (w.__map = { move: e.timeStamp, card: 0, map: 0 }), true);
    const tick = () => {
      const root = document.querySelector('news-context-card')?.shadowRoot;
      if (!w.__map.card && root?.querySelector('[data-testid="card"]')) w.__map.card = performance.now();
      if (!w.__map.map && root?.querySelector('[data-testid="card-map"]')) w.__map.map = performance.now();
      requestAnimationFrame(tick);
    };
    tick();
  });
}

/** The open card's locator map, read through its shadow root (null when it has none). */
function readMap(page: TestPage): Promise<MapSnapshot | null> {
  return page.evaluate(() => {
    const svg = document.querySelector('news-context-card')?.shadowRoot?.querySelector('[data-testid="card-map"]');
    if (!svg) return null;
    const { move, card, map } = (window as unknown as { __map?: { move: number; card: number; map: number } }).__map ?? { move: 0, card: 0, map: 0 };
    return {
      role: svg.getAttribute('role'),
      label: svg.getAttribute('aria-label'),
      title: svg.querySelector('title')?.textContent ?? null,
      focus: svg.querySelectorAll('path[data-role="focus"]').length,
      neighbours: svg.querySelectorAll('path[data-role="neighbour"]').length,
      dot: svg.querySelector('[data-testid="card-map-dot"]') !== null,
      cardAfterMs: card ? Math.round(card - move) : 0,
      mapAfterMs: map ? Math.round(map - move) : 0,
    };
  });
}

/** The focus outline's and the dot's colours, under the card's theme `theme` (set on its host as the settings do). */
function mapColours(page: TestPage, theme: string): Promise<{ focus: string; dot: string }> {
  return page.evaluate((theme) => {
    const host = document.querySelector('news-context-card')!;
    host.setAttribute('data-theme', theme);
    const svg = host.shadowRoot!.querySelector('[data-testid="card-map"]')!;
    return { focus: getComputedStyle(svg.querySelector('path[data-role="focus"]')!).stroke, dot: getComputedStyle(svg.querySelector('circle')!).fill };
  }, theme);
}

/** Asks the background for a map from an extension page, as a content script would, and times the answer. */
function timeMapRequest(page: TestPage, id: string): Promise<{ ms: number; alt: string | null }> {
  return page.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const start = performance.now();
    const reply = (await api.runtime.sendMessage({ type: 'map', id })) as { map: { alt: string } | null };
    return { ms: Math.round((performance.now() - start) * 10) / 10, alt: reply.map?.alt ?? null };
  }, id);
}

/** Opens an entity's card in the tab showing `url` the way the popup's list does: no dwell, the card at once. */
async function openFromExtension(ext: TestPage, url: string, id: string): Promise<void> {
  const sent = await ext.evaluate(async ({ url, id }) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    for (const tab of await api.tabs.query({})) {
      const info = (await api.tabs.sendMessage(tab.id!, { type: 'page-info' }).catch(() => null)) as { href?: string } | null;
      if (info?.href === url) return api.tabs.sendMessage(tab.id!, { type: 'focus-entity', id });
    }
    return false;
  }, { url, id });
  expect(sent).toBe(true);
}

describe.each<BrowserName>(['chromium', 'firefox'])('locator maps in %s', (name) => {
  const session = useBrowserAndServer(name);

  it('draws a map in the background on request: the first after reading the outlines, later ones from them, each once', async () => {
    const page = await session.browser().openExtensionPage('options.html');
    // As on a page, the card text is here before any map is asked for: time the map alone.
    await page.evaluate(() => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage({ type: 'cards', ids: ['myrnohrad-ua'] }));
    const cold = await timeMapRequest(page, 'myrnohrad-ua');
    const warm = await timeMapRequest(page, 'druzhkivka-ua');
    const kept = await timeMapRequest(page, 'druzhkivka-ua');
    const country = await timeMapRequest(page, 'russia');
    console.log(`[${name}] map request: first ${cold.ms} ms, another town ${warm.ms} ms, same town again ${kept.ms} ms, Russia ${country.ms} ms`);
    expect(cold.alt).toBe('Map: Myrnohrad, in Donetsk Oblast, eastern Ukraine');
    expect(country.alt).toBe('Map: Russia, in Europe and Asia');
    expect((await timeMapRequest(page, 'black-sea')).alt).toBeNull();
    await page.close();
  });

  it('shows a gazetteer town on the map of its country, with a text alternative that says where', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url(PAGE));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Kostiantynivka'), 5000);
    await watchCard(page);
    await hoverText(page, 'Kostiantynivka', 0, 'article');
    const card = await waitFor(() => readCard(page), (c) => c.open && c.name === 'Kostyantynivka', 3000);
    expect(card.open).toBe(true);
    const map = await waitFor(() => readMap(page), (m) => m !== null && m.mapAfterMs > 0, 3000);
    console.log(`[${name}] hover → card ${map?.cardAfterMs} ms, → map ${map?.mapAfterMs} ms`);
    expect(map).toMatchObject({ role: 'img', label: 'Map: Kostyantynivka, in Donetsk Oblast, eastern Ukraine', focus: 1, dot: true });
    expect(map!.title).toBe(map!.label);
    expect(map!.neighbours).toBeGreaterThan(2);
    // The card's own colours: the accent and warning colours of the light and the dark theme.
    expect(await mapColours(page, 'light')).toEqual({ focus: 'rgb(11, 92, 173)', dot: 'rgb(138, 75, 0)' });
    expect(await mapColours(page, 'dark')).toEqual({ focus: 'rgb(108, 182, 255)', dot: 'rgb(240, 183, 47)' });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows a hand-written town the same way, and a country in its continent without a dot', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url(PAGE));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Kramatorsk'), 5000);
    await watchCard(page);
    await hoverText(page, 'Kramatorsk', 0, 'article');
    await waitFor(() => readCard(page), (c) => c.open && c.name === 'Kramatorsk', 3000);
    const town = await waitFor(() => readMap(page), (m) => m?.label?.includes('Kramatorsk') === true, 3000);
    expect(town).toMatchObject({ label: 'Map: Kramatorsk, in Donetsk Oblast, eastern Ukraine', focus: 1, dot: true });
    await hoverText(page, 'Ukraine', 0, 'article');
    await waitFor(() => readCard(page), (c) => c.open && c.name === 'Ukraine', 3000);
    const country = await waitFor(() => readMap(page), (m) => m?.label === 'Map: Ukraine, in Europe', 3000);
    expect(country).toMatchObject({ focus: 1, dot: false });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('adds the map to a card that opened before it came (opened from the list, with no dwell)', async () => {
    const page = await session.browser().newPage();
    const url = session.server().url(PAGE);
    await page.goto(url);
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Sloviansk'), 5000);
    const ext = await session.browser().openExtensionPage('options.html');
    await openFromExtension(ext, url, 'sloviansk');
    await page.bringToFront();
    await waitFor(() => readCard(page), (c) => c.open && c.name === 'Sloviansk', 3000);
    const map = await waitFor(() => readMap(page), (m) => m?.label?.includes('Sloviansk') === true, 3000);
    expect(map).toMatchObject({ label: 'Map: Sloviansk, in Donetsk Oblast, eastern Ukraine', focus: 1, dot: true });
    expect(page.errors).toEqual([]);
    await ext.close();
    await page.close();
  });
});
