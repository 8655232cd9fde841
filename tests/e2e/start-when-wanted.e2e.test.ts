import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { openPopupFor } from './support/popup';
import type { TestPage } from './support/browsers';
import { sleep, waitFor } from './support/page-helpers';

/**
 * Whether the page's session started: it registers the marks' highlights as it starts, even
 * with nothing to mark; the scripts alone never do.
 */
const sessionRan = (page: TestPage) =>
  page.evaluate(() => {
    let ours = false;
    CSS.highlights.forEach((_h, name) => (ours ||= name.startsWith('news-context-')));
    return ours;
  });

describe.each<BrowserName>(['chromium', 'firefox'])('the session, started only where a page needs it, in %s', (name) => {
  const session = useBrowserAndServer(name);

  it.each([
    ['a search page, with no running text', 'news/search-page.html'],
    ['a page in another script', 'news/chinese-page.html'],
  ])('never starts on %s', async (_what, path) => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url(path));
    await sleep(1500);
    expect(await sessionRan(page)).toBe(false);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('starts once a client-rendered article arrives, and marks it', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('late-article.html'));
    await sleep(600);
    expect(await sessionRan(page)).toBe(false);
    const marks = await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Maia Sandu'), 6000);
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Maia Sandu', 'António Costa', 'Ursula von der Leyen']));
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('does not start on a site the reader switched off, and starts when they switch it back on', async () => {
    // The popup acts on a tab of the same site: the switch is per site.
    const first = await session.browser().newPage();
    await first.goto(session.server().url('news/search-page.html'));
    const popup = await openPopupFor(session.browser(), session.server().url('news/search-page.html'));
    const siteSwitch = '[data-testid="switch-site"]';
    // The popup renders once it has read the settings: wait for its switch before pressing it.
    const rendered = await waitFor(() => popup.evaluate((s) => document.querySelector(s) !== null, siteSwitch), Boolean, 5000);
    expect(rendered).toBe(true);
    await popup.evaluate((s) => (document.querySelector(s) as HTMLInputElement).click(), siteSwitch);
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/alaska-summit.html'));
    await sleep(1500);
    expect(await sessionRan(page)).toBe(false);
    await popup.evaluate((s) => (document.querySelector(s) as HTMLInputElement).click(), siteSwitch);
    await page.bringToFront();
    const marks = await waitFor(() => markedRanges(page), (m) => m.length > 3, 6000);
    expect(marks.length).toBeGreaterThan(3);
    expect(page.errors).toEqual([]);
    await page.close();
    await popup.close();
    await first.close();
  });
});
