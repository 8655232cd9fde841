import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserName, type TestBrowser, type TestPage } from './support/browsers';
import { highlightSizes, hoverText, locateElement, readCard, sheetsAtParse, sleep, totalMarks, waitFor } from './support/page-helpers';
import { startFixtureServer, type FixtureServer } from './support/server';
import { openPopupFor } from './support/popup';

const ARTICLE = 'kyivpost-orban-eu-talks.html';

describe.each<BrowserName>(['chromium', 'firefox'])('seed article in %s', (name) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  let page: TestPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(name);
    page = await browser.newPage();
    await page.goto(server.url(ARTICLE));
    await waitFor(() => highlightSizes(page), (s) => totalMarks(s) > 10);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cardFor = (expected: string | null) =>
    waitFor(() => readCard(page), (c) => (expected === null ? !c.open : c.open && c.name === expected), 3000);

  it('marks names with highlights, without touching the page text', async () => {
    const sizes = await highlightSizes(page);
    expect(sizes['news-context-person']).toBeGreaterThanOrEqual(10);
    expect(sizes['news-context-organization']).toBeGreaterThan(0);
    expect(sizes['news-context-place']).toBeGreaterThan(0);
    const text = await page.evaluate(() => document.querySelector('article')!.innerHTML.includes('<mark'));
    expect(text).toBe(false);
  });

  it('has the marks\' rules in the document before the page is parsed, so adding them never restyles a built page', async () => {
    const early = await browser.newPage();
    const sheets = await sheetsAtParse(early, server.url('early-sheet.html'));
    expect(sheets.some((css) => css.includes('::highlight(news-context-person)') && css.includes('::highlight(news-context-person-tint)'))).toBe(true);
    // One sheet, then and after the first scan.
    expect(await early.evaluate(() => document.adoptedStyleSheets.length)).toBe(sheets.length);
    await early.close();
    await page.bringToFront();
  });

  it('opens a dialog named Viktor Orbán when "Viktor Orban" is hovered', async () => {
    await hoverText(page, 'Viktor Orban', 0, 'article');
    const card = await cardFor('Viktor Orbán');
    expect(card.role).toBe('dialog');
    expect(card.modal).toBe('false');
    expect(card.facts).toBeGreaterThanOrEqual(2);
    expect(card.text).toContain('Prime Minister of Hungary');
    expect(card.text).toMatch(/Facts as of \d{1,2} \w+ 20\d\d/);
  });

  it('opens António Costa and Robert Fico likewise', async () => {
    await hoverText(page, 'Antonio Costa', 0, 'article');
    expect((await cardFor('António Costa')).facts).toBeGreaterThan(0);
    await hoverText(page, 'Robert Fico', 0, 'article');
    expect((await cardFor('Robert Fico')).facts).toBeGreaterThan(0);
  });

  it('gives no card for Costa Rica in the advertisement', async () => {
    await page.mouseMove(5, 5);
    await cardFor(null);
    await hoverText(page, 'Costa Rica', 0, 'article');
    await sleep(800);
    expect((await readCard(page)).open).toBe(false);
  });

  it('gives no card in the comment textarea or the contenteditable draft', async () => {
    for (const selector of ['.comments textarea', '.comments [contenteditable]']) {
      await page.mouseMove(5, 5);
      await cardFor(null);
      const point = await locateElement(page, selector);
      await page.mouseMove(point!.x, point!.y);
      await sleep(700);
      expect((await readCard(page)).open).toBe(false);
    }
    await hoverText(page, 'Zelensky and Fico', 0, '.comments');
    await sleep(700);
    expect((await readCard(page)).open).toBe(false);
  });

  it('keeps the card open while the pointer moves into it, and closes it after leaving both', async () => {
    await hoverText(page, 'Viktor Orban', 0, 'article');
    const card = await cardFor('Viktor Orbán');
    await page.mouseMove(card.rect!.x + 20, card.rect!.y + 10);
    await page.mouseMove(card.rect!.x + 40, card.rect!.y + 30);
    await sleep(600);
    expect((await readCard(page)).open).toBe(true);
    await page.mouseMove(5, 700);
    expect((await cardFor(null)).open).toBe(false);
  });

  it('closes on Escape', async () => {
    await hoverText(page, 'Robert Fico', 0, 'article');
    await cardFor('Robert Fico');
    await page.press('Escape');
    expect((await cardFor(null)).open).toBe(false);
  });

  it('turns off and on from the popup without a reload', async () => {
    const popup = await openPopupFor(browser, server.url(ARTICLE));
    await popup.evaluate(() => (document.querySelector('[data-testid="switch-enabled"]') as HTMLInputElement).click());
    await page.bringToFront();
    const off = await waitFor(() => highlightSizes(page), (s) => totalMarks(s) === 0);
    expect(totalMarks(off)).toBe(0);
    await hoverText(page, 'Viktor Orban', 0, 'article');
    await sleep(700);
    expect((await readCard(page)).open).toBe(false);

    await popup.evaluate(() => (document.querySelector('[data-testid="switch-enabled"]') as HTMLInputElement).click());
    const on = await waitFor(() => highlightSizes(page), (s) => totalMarks(s) > 10);
    expect(totalMarks(on)).toBeGreaterThan(10);
    await page.mouseMove(5, 700);
    await hoverText(page, 'Viktor Orban', 0, 'article');
    expect((await cardFor('Viktor Orbán')).open).toBe(true);
    await popup.close();
  });
});
