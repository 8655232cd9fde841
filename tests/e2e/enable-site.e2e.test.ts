import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type TestBrowser, type TestPage } from './support/browsers';
import { highlightSizes, sheetsAtParse, sleep, totalMarks, waitFor } from './support/page-helpers';
import { startFixtureServer, type FixtureServer } from './support/server';

const ARTICLE = 'kyivpost-orban-eu-talks.html';

/** Clicks an element of the popup with real pointer input (permission requests need a user gesture). */
async function clickTestId(page: TestPage, testId: string) {
  const box = await waitFor(
    () => page.evaluate((id) => {
      const r = document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    }, testId),
    (b) => b !== null,
  );
  await page.click(box!.x, box!.y);
}

// Firefox only: it can grant optional permissions without a prompt (a test pref); Chromium's
// permission dialog cannot be answered by automation. The code path is shared by both.
describe('"Enable on this site" in firefox', () => {
  let server: FixtureServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    // 127.0.0.2 is outside the default site list (which names 127.0.0.1 and localhost).
    server = await startFixtureServer('127.0.0.2');
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for the origin, runs on the open tab at once and after a reload (from document_start), and can be removed', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(ARTICLE));
    await sleep(500);
    expect(totalMarks(await highlightSizes(page))).toBe(0);

    const popup = await browser.openExtensionPage('popup.html');
    const tabId = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tabs = await api.tabs.query({});
      const own = await api.tabs.getCurrent();
      // URLs are hidden before the grant; the article is the newest tab besides this one
      // (the browser's own first tab is older).
      const others = tabs.filter((t) => t.id !== own?.id).map((t) => t.id!);
      return others.length > 0 ? Math.max(...others) : null;
    });
    await popup.goto(`${await popup.evaluate(() => location.href.split('?')[0])}?tab=${tabId}&origin=${encodeURIComponent(server.origin)}`);
    await clickTestId(popup, 'enable-site');
    // Back to the article: the extension reads a page only while it is visible.
    await page.bringToFront();
    expect(totalMarks(await waitFor(() => highlightSizes(page), (s) => totalMarks(s) > 10, 5000))).toBeGreaterThan(10);

    await page.goto(server.url(ARTICLE));
    expect(totalMarks(await waitFor(() => highlightSizes(page), (s) => totalMarks(s) > 10, 5000))).toBeGreaterThan(10);
    // The site gets the document_start script too: the marks' rules are there before the page is parsed.
    const sheets = await sheetsAtParse(page, server.url('early-sheet.html'), 5000);
    expect(sheets.some((css) => css.includes('::highlight(news-context-person)'))).toBe(true);

    await popup.goto(`${await popup.evaluate(() => location.href.split('?')[0])}?tab=${tabId}&origin=${encodeURIComponent(server.origin)}`);
    await clickTestId(popup, 'remove-site');
    await sleep(500);
    await page.bringToFront();
    await page.goto(server.url(ARTICLE));
    await sleep(800);
    expect(totalMarks(await highlightSizes(page))).toBe(0);
  });
});
