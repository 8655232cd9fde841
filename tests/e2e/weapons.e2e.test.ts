import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { highlightSizes, hoverText, readCard, waitFor } from './support/page-helpers';
import { openPopupFor } from './support/popup';

const PAGE = 'news/weapons-strikes.html';

describe.each<BrowserName>(['chromium', 'firefox'])('weapon systems in %s', (name) => {
  const session = useBrowserAndServer(name);

  it('marks the weapons war news names, cards one as a weapon, and leaves the ordinary words alone', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url(PAGE));
    const marks = await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Oreshnik missile'), 5000);
    const weapons = marks.filter((m) => m.type === 'weapon').map((m) => m.text);
    for (const system of ['Shahed drones', 'Kinzhal', 'Patriot air defence systems', 'IRIS-T', 'F-16s', 'HIMARS', 'ATACMS', 'Storm Shadow missiles', 'Taurus missiles', 'Oreshnik missile']) {
      expect(weapons, system).toContain(system);
    }
    // "a patriot in the crowd", "the local javelin champion", "a storm with shadows".
    expect(marks.map((m) => m.text.toLowerCase())).not.toEqual(expect.arrayContaining(['patriot']));
    expect(marks.some((m) => /javelin|^storm$/i.test(m.text))).toBe(false);

    await hoverText(page, 'ATACMS', 0, 'article');
    const card = await waitFor(() => readCard(page), (c) => c.open && c.name === 'ATACMS', 3000);
    expect(card.text).toContain('Weapon');
    expect(card.facts).toBeGreaterThanOrEqual(2);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('switches weapons off from the popup, leaving the other kinds marked', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url(PAGE));
    await waitFor(() => highlightSizes(page), (s) => (s['news-context-weapon'] ?? 0) >= 10, 5000);
    const popup = await openPopupFor(session.browser(), session.server().url(PAGE));
    const toggle = () => popup.evaluate(() => (document.querySelector('[data-testid="category-weapon"]') as HTMLElement).click());
    await toggle();
    const off = await waitFor(() => highlightSizes(page), (s) => (s['news-context-weapon'] ?? 0) === 0);
    expect(off['news-context-place']).toBeGreaterThan(0);
    await toggle();
    await waitFor(() => highlightSizes(page), (s) => (s['news-context-weapon'] ?? 0) >= 10);
    await popup.close();
    await page.close();
  });
});
