/**
 * `npm run screenshots`: the README's pictures, taken from the fixtures in headless Chromium
 * with the built extension (run `npm run build` first, or use the script, which builds).
 * Each is a PNG in `.github/screenshots/`, cropped to what it shows.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_FLAGS, CHROMIUM_PATH, ROOT } from '../e2e/support/paths';
import { startFixtureServer } from '../e2e/support/server';

const OUT = resolve(ROOT, '.github/screenshots');
/** Room kept around a cropped card or panel, in CSS pixels. */
const MARGIN = 16;

/** The centre of the first occurrence of `text` inside `within`, scrolled into view. */
async function centreOf(page: Page, text: string, within = 'article'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, within }) => {
      const walker = document.createTreeWalker(document.querySelector(within) ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    },
    { text, within },
  );
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

/** Hovers a name until its card is open and settled, and returns the box around name and card. */
async function openCard(page: Page, text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const at = await centreOf(page, text);
  await page.mouse.move(at.x - 60, at.y - 120);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  await page.waitForFunction(() => {
    const card = document.querySelector('news-context-card')?.shadowRoot?.querySelector('[data-testid="card"]');
    return card && card.getBoundingClientRect().height > 0;
  });
  // Past the entry animation, and a locator map arriving after the card.
  await page.waitForTimeout(600);
  const card = await page.evaluate(() => {
    const r = document.querySelector('news-context-card')!.shadowRoot!.querySelector('[data-testid="card"]')!.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const left = Math.max(0, Math.min(card.x, at.x - 80) - MARGIN);
  const top = Math.max(0, Math.min(card.y, at.y - 20) - MARGIN);
  return { x: left, y: top, width: Math.max(card.x + card.width, at.x + 80) + MARGIN - left, height: Math.max(card.y + card.height, at.y + 20) + MARGIN - top };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const shots: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const profile = mkdtempSync(join(tmpdir(), 'nc-shots-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      colorScheme: scheme,
      viewport: { width: 1100, height: 800 },
      deviceScaleFactor: 1,
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extension = `chrome-extension://${new URL(worker.url()).host}`;
    const page = await context.newPage();
    const shoot = async (name: string, clip: { x: number; y: number; width: number; height: number }, on: Page = page) => {
      await on.screenshot({ path: join(OUT, name), clip });
      shots.push(name);
    };

    await page.goto(server.url('kyivpost-orban-eu-talks.html'));
    await page.waitForTimeout(800);
    await shoot(`card-${scheme}.png`, await openCard(page, 'Viktor Orban'));
    if (scheme === 'dark') {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      continue;
    }
    await page.goto(server.url('news/frontline-towns.html'));
    await page.waitForTimeout(1200);
    await shoot('place-card-map.png', await openCard(page, 'Kostiantynivka'));
    await page.goto(server.url('news/archive-2020-brexit.html'));
    await page.waitForTimeout(800);
    await shoot('time-aware-card.png', await openCard(page, 'Boris Johnson'));

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.goto(`${extension}/popup.html?origin=${encodeURIComponent(server.origin)}`);
    await popup.waitForSelector('[data-testid="lookup-input"]');
    await popup.fill('[data-testid="lookup-input"]', 'kallas');
    await popup.waitForSelector('[data-testid="lookup-hit"]');
    await popup.waitForTimeout(200);
    await shoot('popup.png', { x: 0, y: 0, width: 380, height: 640 }, popup);

    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.goto(`${extension}/options.html`);
    await options.waitForSelector('[data-testid="shortcuts"] [data-testid="shortcut"]');
    await shoot('options.png', { x: 0, y: 0, width: 900, height: 1000 }, options);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  await server.close();
  console.log(`${shots.length} screenshots in ${OUT}: ${shots.join(', ')}`);
}

await main();
