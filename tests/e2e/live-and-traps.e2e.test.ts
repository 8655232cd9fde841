import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserName, type TestBrowser, type TestPage } from './support/browsers';
import { markedRanges } from './support/marks';
import { highlightSizes, hoverText, readCard, sleep, totalMarks, waitFor } from './support/page-helpers';
import { startFixtureServer, type FixtureServer } from './support/server';

/** The text of every range the extension marks, sorted. */
const markedTexts = async (page: TestPage) => (await markedRanges(page)).map((m) => m.text);

describe.each<BrowserName>(['chromium', 'firefox'])('live pages and traps in %s', (name) => {
  let server: FixtureServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks names in entries added after load, and drops marks whose text is removed', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('live-blog.html'));
    const texts = await waitFor(() => markedTexts(page), (t) => t.includes('Ursula von der Leyen') && !t.includes('Leaders') && t.filter((x) => x === 'Brussels').length === 1, 5000);
    expect(texts).toContain('Robert Fico');
    expect(texts).toContain('Volodymyr Zelensky');
    expect(texts).toContain('Fico');
    expect(texts).toContain('Ursula von der Leyen');
    // The first entry ("Leaders arrive in Brussels") was removed: only the headline's Brussels is left.
    expect(texts.filter((t) => t === 'Brussels')).toHaveLength(1);
    await hoverText(page, 'Volodymyr Zelensky');
    const card = await waitFor(() => readCard(page), (c) => c.open, 3000);
    expect(card.name).toBe('Volodymyr Zelensky');
    await page.close();
  });

  it('scans text added after load within 500 ms of its appearing', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('live-blog.html'));
    await waitFor(() => markedTexts(page), (t) => t.includes('Ursula von der Leyen'), 5000);
    const elapsed = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const p = document.createElement('p');
          p.textContent = 'Late entry: António Costa closes the summit.';
          const text = p.firstChild!;
          const started = performance.now();
          document.getElementById('feed')!.append(p);
          const check = () => {
            let found = false;
            CSS.highlights.forEach((h) => h.forEach((r) => (found ||= r.startContainer === text)));
            if (found || performance.now() - started > 2000) resolve(performance.now() - started);
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    expect(elapsed).toBeLessThan(500);
    await page.close();
  });

  it('marks what is on screen first when the page opens scrolled down', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('long-page.html'));
    const first = await waitFor(
      () => page.evaluate(() => (window as unknown as { __firstMarks?: { count: number; onScreen: number; top: number } }).__firstMarks ?? null),
      (f) => f !== null,
      8000,
    );
    expect(first!.onScreen).toBeGreaterThanOrEqual(3);
    // Then the rest, each mention once: the full scan skips the blocks the first pass read.
    const total = totalMarks(await waitFor(() => highlightSizes(page), (s) => totalMarks(s) >= 1503, 8000));
    expect(total).toBeGreaterThanOrEqual(1503);
    const perEntry = await page.evaluate(() => {
      const counts = [0, 0];
      const entries = [document.getElementById('e1500')!, document.getElementById('e10')!];
      CSS.highlights.forEach((h, name) => {
        if (name !== 'news-context-active') h.forEach((r) => entries.forEach((el, i) => (counts[i] += el.contains(r.startContainer) ? 1 : 0)));
      });
      return counts;
    });
    expect(perEntry).toEqual([1, 1]);
    await page.close();
  });

  it('gives no wrong card on a page full of traps', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('traps.html'));
    await waitFor(() => highlightSizes(page), (s) => totalMarks(s) > 0, 3000);
    await sleep(300);
    expect(await markedTexts(page)).toEqual(['Costa Rica']);
    for (const trap of ['Costa coffee', 'trump card', 'turkey', 'Orbanization', 'Putinism', 'May,', 'May we', 'Merz', 'Fico', 'european union', 'nato']) {
      await page.mouseMove(5, 5);
      await hoverText(page, trap);
      await sleep(450);
      const card = await readCard(page);
      expect(card.open, trap).toBe(false);
    }
    await page.close();
  });
});
