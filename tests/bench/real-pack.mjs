/* global Event, chrome -- used inside the extension's options page */
// The built extension with a reader's big pack installed through its options page, as a
// reader would: when the first marks exist on the seed article with it and what pages read
// of it stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BENCH_FLAGS, timeLoad } from './real-extension.mjs';

/** Pastes `packText` into the options page and waits until the pack is listed (or refused). */
async function install(options, packText) {
  await options.waitForSelector('[data-testid="pack-text"]');
  await options.evaluate((text) => {
    const area = document.querySelector('[data-testid="pack-text"]');
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, packText);
  await options.waitForFunction(() => !document.querySelector('[data-testid="pack-add"]').disabled);
  await options.evaluate(() => document.querySelector('[data-testid="pack-add"]').click());
  await options.waitForFunction(() => document.querySelector('[data-testid="pack"], [data-testid="pack-error"]') !== null, null, { timeout: 120_000 });
  const refused = await options.evaluate(() => [...document.querySelectorAll('[data-testid="pack-error"]')].map((e) => e.textContent));
  if (refused.length > 0) throw new Error(`The bench pack was refused: ${refused.slice(0, 3).join('; ')}`);
}

async function firstMarks(context, url, runs, median) {
  const marks = [];
  // One load first, as in measureRealExtension.
  for (let i = 0; i <= runs; i++) {
    const { firstMark } = await timeLoad(context, url);
    if (i > 0 && firstMark !== null) marks.push(firstMark);
  }
  return marks.length === runs ? median(marks) : null;
}

/** The median over `runs` loads of `url` of when the first marks exist, with the pack installed. */
export async function measureWithReaderPack({ executablePath, extension, url, runs, median, packText }) {
  const profile = mkdtempSync(join(tmpdir(), 'nc-bench-pack-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [...BENCH_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const options = await context.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await install(options, packText);
    // The import stores the pack and its page parts in one write: both are there once it is listed.
    const bytes = await options.evaluate(async () => {
      const stored = await chrome.storage.local.get(['packs', 'pack-pages']);
      return { pack: JSON.stringify(stored.packs).length, pageParts: JSON.stringify(stored['pack-pages']).length, parts: (stored['pack-pages'] ?? []).length };
    });
    if (bytes.parts !== 1) throw new Error(`The bench pack's page parts were not stored with it (${bytes.parts} found)`);
    const firstMark = await firstMarks(context, url, runs, median);
    return { ...bytes, firstMark };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
