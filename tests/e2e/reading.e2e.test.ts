import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserName, type TestBrowser, type TestPage } from './support/browsers';
import { luminance } from './support/colors';
import { highlightSizes, hoverText, readCard, sleep, totalMarks, waitFor } from './support/page-helpers';
import { openPopupFor } from './support/popup';
import { startFixtureServer, type FixtureServer } from './support/server';

const ARTICLE = 'kyivpost-orban-eu-talks.html';

describe.each<BrowserName>(['chromium', 'firefox'])('reading experience in %s', (name) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  let page: TestPage;
  let popup: TestPage;

  const click = (target: TestPage, testId: string) =>
    target.evaluate((id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLElement).click(), testId);

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(name);
    page = await browser.newPage();
    await page.goto(server.url(ARTICLE));
    await waitFor(() => highlightSizes(page), (s) => totalMarks(s) > 10);
    popup = await openPopupFor(browser, server.url(ARTICLE));
    await page.bringToFront();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Escape closes the card while the pointer stays on the name, until the pointer leaves and returns', async () => {
    const point = await hoverText(page, 'Robert Fico', 0, 'article');
    await waitFor(() => readCard(page), (c) => c.open);
    await page.press('Escape');
    expect((await waitFor(() => readCard(page), (c) => !c.open)).open).toBe(false);
    await page.mouseMove(point.x + 1, point.y);
    await sleep(600);
    expect((await readCard(page)).open).toBe(false);
    await page.mouseMove(5, 700);
    await sleep(100);
    await page.mouseMove(point.x, point.y);
    expect((await waitFor(() => readCard(page), (c) => c.open)).name).toBe('Robert Fico');
    await page.mouseMove(5, 700);
  });

  it('keeps the card beside its name when the page scrolls', async () => {
    await hoverText(page, 'Robert Fico', 0, 'article');
    await waitFor(() => readCard(page), (c) => c.open);
    await page.evaluate(() => window.scrollBy(0, 60));
    const name = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf('Robert Fico');
        if (at < 0) continue;
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + 11);
        const r = range.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      }
      return null;
    });
    // The reader's pointer follows the name it is reading, so the card stays open.
    await page.mouseMove((name!.left + name!.right) / 2, (name!.top + name!.bottom) / 2);
    // Beside the name's new position (below, above, or to one side when it fits neither), never over it.
    const beside = (c: Awaited<ReturnType<typeof readCard>>) => {
      if (!c.rect) return false;
      const { x, y, width, height } = c.rect;
      const gap = Math.max(name!.top - (y + height), y - name!.bottom, name!.left - (x + width), x - name!.right);
      return gap >= 0 && gap < 16;
    };
    const card = await waitFor(() => readCard(page), (c) => c.open && beside(c), 2000);
    expect(beside(card)).toBe(true);
    await page.mouseMove(5, 790);
    await waitFor(() => readCard(page), (c) => !c.open);
  });

  it('lists the seed article’s people in "On this page", and opens one from there', async () => {
    await popup.goto(await popup.evaluate(() => location.href));
    const people = await waitFor(
      () => popup.evaluate(() => [...document.querySelectorAll('[data-testid="on-page-person"] [data-testid="on-page-entity"]')].map((b) => b.getAttribute('data-entity'))),
      (ids) => ids.length >= 5,
    );
    expect(people).toEqual(expect.arrayContaining(['viktor-orban', 'antonio-costa', 'robert-fico', 'ursula-von-der-leyen', 'volodymyr-zelensky']));
    await popup.evaluate(() => (document.querySelector('[data-entity="robert-fico"]') as HTMLElement).click());
    const card = await waitFor(() => readCard(page), (c) => c.open);
    expect(card.name).toBe('Robert Fico');
    expect(card.focused).toBe(true);
    await page.press('Escape');
    await waitFor(() => readCard(page), (c) => !c.open);
  });

  it('opens the first card from the keyboard command, then steps to the next mention', async () => {
    const tabId = Number(new URL(await popup.evaluate(() => location.href)).searchParams.get('tab'));
    // The reader is on the site's navigation when they ask for the first card.
    await page.evaluate(() => (document.querySelector('nav a[href="/europe"]') as HTMLElement).focus());
    // The browser turns Alt+Shift+K into this message (background/index.ts); headless browsers have no shortcut layer.
    await popup.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'command', command: 'open-first-card' }), tabId);
    const first = await waitFor(() => readCard(page), (c) => c.open);
    // The headline's "Orban" is the first mention: a distinctive surname marks on its own.
    expect(first.name).toBe('Viktor Orbán');
    expect(first.focused).toBe(true);
    // Tab moves through the card's own links and buttons.
    await page.press('Tab');
    const tabbed = await page.evaluate(() => {
      const active = document.querySelector('news-context-card')!.shadowRoot!.activeElement;
      return active ? active.tagName : null;
    });
    expect(['A', 'BUTTON']).toContain(tabbed);
    await popup.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'command', command: 'next-mention' }), tabId);
    const next = await waitFor(() => readCard(page), (c) => c.open && c.name !== 'Viktor Orbán');
    expect(next.name).toBe('European Union');
    await popup.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'command', command: 'previous-mention' }), tabId);
    expect((await waitFor(() => readCard(page), (c) => c.open && c.name === 'Viktor Orbán')).name).toBe('Viktor Orbán');
    // Escape closes it and gives focus back to where it was (the page, here).
    await page.press('Escape');
    expect((await waitFor(() => readCard(page), (c) => !c.open)).open).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/europe');
  });

  it('says the facts may be out of date on an article newer than them', async () => {
    const stale = await browser.newPage();
    // Later than any fact's as-of date in the knowledge (the newest stored evidence reaches May 2026).
    await stale.goto(`${server.url(ARTICLE)}?published=2026-11-30`);
    await waitFor(() => highlightSizes(stale), (s) => totalMarks(s) > 10);
    await hoverText(stale, 'Viktor Orban', 0, 'article');
    const card = await waitFor(() => readCard(stale), (c) => c.open);
    expect(card.text).toContain('This article is newer than these facts (30 November 2026): they may be out of date.');
    await stale.close();
    await page.bringToFront();
  });

  it('applies the category switch to the open tab at once', async () => {
    await click(popup, 'category-person');
    const off = await waitFor(() => highlightSizes(page), (s) => s['news-context-person'] === 0);
    expect(off['news-context-person']).toBe(0);
    expect(off['news-context-place']).toBeGreaterThan(0);
    await hoverText(page, 'Viktor Orban', 0, 'article');
    await sleep(600);
    expect((await readCard(page)).open).toBe(false);
    await click(popup, 'category-person');
    expect((await waitFor(() => highlightSizes(page), (s) => s['news-context-person'] > 0))['news-context-person']).toBeGreaterThan(0);
    await page.mouseMove(5, 700);
  });

  it('changes the marking style by moving the marks to other highlight names, not by restyling the page', async () => {
    const sheets = await page.evaluate(() => document.adoptedStyleSheets.length);
    await click(popup, 'mark-style-tint');
    const tint = await waitFor(() => highlightSizes(page), (s) => (s['news-context-person-tint'] ?? 0) > 0);
    expect([tint['news-context-person'] ?? 0, tint['news-context-person-tint'] > 0]).toEqual([0, true]);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(sheets);
    await click(popup, 'mark-style-underline');
    const back = await waitFor(() => highlightSizes(page), (s) => (s['news-context-person'] ?? 0) > 0);
    expect([back['news-context-person-tint'] ?? 0, back['news-context-person'] > 0]).toEqual([0, true]);
  });

  it('applies the per-site switch to the open tab at once, leaving nothing of ours in a page it is off for', async () => {
    const ourSheets = () =>
      page.evaluate(() => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('news-context-'))).length);
    expect(await ourSheets()).toBe(1);
    await click(popup, 'switch-site');
    expect(totalMarks(await waitFor(() => highlightSizes(page), (s) => totalMarks(s) === 0))).toBe(0);
    expect(await waitFor(ourSheets, (n) => n === 0)).toBe(0);
    await page.goto(server.url(ARTICLE));
    await sleep(500);
    expect([totalMarks(await highlightSizes(page)), await ourSheets()]).toEqual([0, 0]);
    await click(popup, 'switch-site');
    expect(totalMarks(await waitFor(() => highlightSizes(page), (s) => totalMarks(s) > 10))).toBeGreaterThan(10);
  });

  it('shows a dark card when the reader picks the dark theme, and a light one otherwise', async () => {
    await hoverText(page, 'Viktor Orban', 0, 'article');
    const light = await waitFor(() => readCard(page), (c) => c.open);
    expect(luminance(light.theme!.background)).toBeGreaterThan(0.8);
    await click(popup, 'theme-dark');
    const dark = await waitFor(() => readCard(page), (c) => c.open && luminance(c.theme!.background) < 0.1);
    expect(luminance(dark.theme!.background)).toBeLessThan(0.1);
    expect(luminance(dark.theme!.color)).toBeGreaterThan(0.6);
    await click(popup, 'theme-auto');
    await page.mouseMove(5, 700);
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('dark system theme in %s', (name) => {
  it('follows prefers-color-scheme: dark', async () => {
    const server = await startFixtureServer();
    const browser = await launchBrowser(name, { colorScheme: 'dark' });
    try {
      const page = await browser.newPage();
      await page.goto(server.url(ARTICLE));
      await waitFor(() => highlightSizes(page), (s) => totalMarks(s) > 10);
      await hoverText(page, 'Viktor Orban', 0, 'article');
      const card = await waitFor(() => readCard(page), (c) => c.open);
      expect(luminance(card.theme!.background)).toBeLessThan(0.1);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
