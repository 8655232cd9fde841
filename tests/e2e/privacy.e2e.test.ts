import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from './support/browsers';
import { highlightSizes, hoverText, readCard, sleep, totalMarks, waitFor } from './support/page-helpers';
import { openPopupFor } from './support/popup';
import { startFixtureServer, type FixtureServer } from './support/server';

const PAGES = ['kyivpost-orban-eu-talks.html', 'live-blog.html', 'traps.html', 'hostile/storm.html'];

describe('privacy in chromium', () => {
  let server: FixtureServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes no network request of its own: pages, service worker, popup and options', async () => {
    for (const path of PAGES) {
      const page = await browser.newPage();
      await page.goto(server.url(path));
      await waitFor(() => highlightSizes(page), (s) => totalMarks(s) > 0, 4000);
      if (path === PAGES[0]) {
        await hoverText(page, 'Viktor Orban', 0, 'article');
        expect((await waitFor(() => readCard(page), (c) => c.open)).open).toBe(true);
        const popup = await openPopupFor(browser, server.url(path));
        await popup.evaluate(() => (document.querySelector('[data-testid="switch-enabled"]') as HTMLElement).click());
        await popup.evaluate(() => (document.querySelector('[data-testid="switch-enabled"]') as HTMLElement).click());
        const options = await browser.openExtensionPage('options.html');
        await sleep(500);
        await options.close();
        await popup.close();
      }
      await sleep(1500);
      await page.close();
    }
    const web = browser.requests.filter((r) => /^(https?|wss?):/.test(r.url));
    const foreign = web.filter((r) => !r.url.startsWith(server.origin));
    expect(foreign).toEqual([]);
    // Every request to the fixture server is a page the test opened (or the browser's favicon).
    const asked = new Set(['/favicon.ico', ...PAGES.map((p) => `/${p}`)]);
    expect(server.requests.filter((path) => !asked.has(path))).toEqual([]);
    // Extension pages and the service worker load only the extension's own files.
    const fromExtension = browser.requests.filter((r) => r.from.startsWith('chrome-extension:') || r.from === 'service-worker');
    expect(fromExtension.filter((r) => !r.url.startsWith('chrome-extension:'))).toEqual([]);
    // The recorder sees extension pages' own loads, so it would see a fetch too.
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(web.length).toBeGreaterThanOrEqual(PAGES.length);
  });
});
