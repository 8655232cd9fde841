import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { locateText, readCard, waitFor } from './support/page-helpers';

/** A phone's viewport: the card becomes a bottom sheet below 560 px. */
const PHONE = { width: 390, height: 800 };

describe.each<BrowserName>(['chromium', 'firefox'])('touch on a phone-sized viewport in %s', (name) => {
  const session = useBrowserAndServer(name, { touch: true });

  it('a tap on a name opens its card as a bottom sheet at once, and a tap elsewhere closes it', async () => {
    const page = await session.browser().newPage();
    await page.setViewport(PHONE.width, PHONE.height);
    await page.goto(session.server().url('touch-links.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Mark Rutte'), 5000);

    const rutte = await locateText(page, 'Mark Rutte', 0, 'article');
    await page.tap(rutte!.x, rutte!.y);
    await waitFor(() => readCard(page), (c) => c.open && c.name === 'Mark Rutte', 2000);
    // Past the 120 ms entry animation, which moves the card by 2 px.
    await new Promise((r) => setTimeout(r, 300));
    const card = await readCard(page);
    const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }));
    expect(card.rect!.x).toBe(0);
    expect(Math.round(card.rect!.width)).toBe(viewport.width);
    expect(Math.round(card.rect!.y + card.rect!.height)).toBe(viewport.height);
    expect(card.rect!.height).toBeLessThanOrEqual(viewport.height * 0.6 + 1);

    // The pinned card survives the pointer "leaving" (touch has no hover), then a tap on plain text closes it.
    await new Promise((r) => setTimeout(r, 700));
    expect((await readCard(page)).open).toBe(true);
    const plain = await locateText(page, 'after midnight', 0, 'article');
    await page.tap(plain!.x, plain!.y);
    await waitFor(() => readCard(page), (c) => !c.open, 2000);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a tap on a name inside a link follows the link and opens no card', async () => {
    const page = await session.browser().newPage();
    await page.setViewport(PHONE.width, PHONE.height);
    await page.goto(session.server().url('touch-links.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Emmanuel Macron'), 5000);
    const macron = await locateText(page, 'Emmanuel Macron', 0, 'article');
    await page.tap(macron!.x, macron!.y);
    await waitFor(() => page.evaluate(() => location.hash), (hash) => hash === '#macron-profile', 2000);
    await new Promise((r) => setTimeout(r, 500));
    expect((await readCard(page)).open).toBe(false);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
