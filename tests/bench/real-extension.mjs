/* global CSS, requestAnimationFrame -- used inside the page, through page.addInitScript */
// The built extension itself on the seed article, beside the bench bundle's figures: how long
// the content script holds up the page's own parsing (a content script at document_start runs
// before the page's first script), and when the first marks exist. Page-side clocks only, no
// tracing: tracing made the content script look twice as slow as it is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Chromium's flags for every bench browser: no network traffic of its own, no first-run screens. */
export const BENCH_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The seed page with a first script that notes when the parser reached it. */
export function withFirstScriptClock(html) {
  const head = html.search(/<head[^>]*>/i);
  const at = head < 0 ? 0 : html.indexOf('>', head) + 1;
  return `${html.slice(0, at)}<script>window.__firstScriptAt = performance.now();</script>${html.slice(at)}`;
}

/** Times one page load: the first page script and the first mark, in ms after the response began. */
export async function timeLoad(context, url) {
  const page = await context.newPage();
  // The mark watcher runs in the page; the highlight registry is shared with the page's world.
  await page.addInitScript(() => {
    const look = () => {
      for (const name of ['news-context-person', 'news-context-organization', 'news-context-place', 'news-context-event', 'news-context-weapon']) {
        if ((CSS.highlights?.get(name)?.size ?? 0) > 0) return void (window.__firstMarkAt = performance.now());
      }
      if (performance.now() < 5000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__firstMarkAt !== undefined || performance.now() > 5000).catch(() => undefined);
  const times = await page.evaluate(() => {
    const start = performance.getEntriesByType('navigation')[0].responseStart;
    return { firstScript: window.__firstScriptAt - start, firstMark: window.__firstMarkAt === undefined ? null : window.__firstMarkAt - start };
  });
  await page.close();
  return times;
}

/** A fresh browser profile for `timeLoad`, with the built extension at `extension` (or none), its service worker up. */
export async function openTimedBrowser(executablePath, extension) {
  const profile = mkdtempSync(join(tmpdir(), 'nc-bench-ext-'));
  const args = extension ? [...BENCH_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : BENCH_FLAGS;
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, viewport: { width: 1200, height: 800 }, args });
  if (extension) await (context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker'));
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function timeLoads(executablePath, extension, url, runs) {
  const browser = await openTimedBrowser(executablePath, extension);
  const loads = [];
  // One load first to warm the HTTP cache and the browser's own start-up paths.
  for (let i = 0; i <= runs; i++) {
    const times = await timeLoad(browser.context, url);
    if (i > 0) loads.push(times);
  }
  await browser.close();
  return loads;
}

/**
 * Medians over `runs` loads of `url` with and without the extension: how much later the
 * page's first script runs (the content script's document_start cost), and when the first
 * mark exists.
 */
export async function measureRealExtension({ executablePath, extension, url, runs, median }) {
  const without = await timeLoads(executablePath, null, url, runs);
  const withExtension = await timeLoads(executablePath, extension, url, runs);
  const marks = withExtension.map((t) => t.firstMark).filter((t) => t !== null);
  return {
    firstScriptWithout: median(without.map((t) => t.firstScript)),
    firstScriptWith: median(withExtension.map((t) => t.firstScript)),
    firstMark: marks.length === withExtension.length ? median(marks) : null,
  };
}
