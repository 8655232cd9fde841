// The popup's look-up as a reader types (issue #18: ≤ 30 ms a keystroke on the full
// knowledge): the built extension's popup sends each prefix of a few names to the
// background, as it does on every keystroke, and times each round trip.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BENCH_FLAGS } from './real-extension.mjs';

/** Names typed, one prefix a keystroke: a transliteration, a folded diacritic, a town, a two-word start. */
const TYPED = ['Sergey Lavrov', 'erdogan', 'Kostiantynivka', 'von der L'];

export async function measureLookup({ executablePath, extension, median }) {
  const dir = mkdtempSync(join(tmpdir(), 'nc-bench-lookup-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath, headless: true, args: [...BENCH_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`] });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  // The first look-up builds the background's index (the popup asks for it as it opens): timed apart.
  const [firstMs, times] = await popup.evaluate(async (typed) => {
    const ask = async (query) => {
      const start = performance.now();
      await globalThis.chrome.runtime.sendMessage({ type: 'search', query });
      return performance.now() - start;
    };
    const first = await ask('');
    const each = [];
    for (const name of typed) for (let i = 1; i <= name.length; i++) each.push(await ask(name.slice(0, i)));
    return [first, each];
  }, TYPED);
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  return { firstMs, keystrokes: times.length, median: median(times), max: Math.max(...times) };
}
