/* global chrome -- used inside the service worker, through worker.evaluate */
// The shipped extension's own main-thread cost on a page, the way a reviewer measures it:
// V8's sampling profiler (100 µs) runs through the load and the 2 s after it, and every
// sample whose stack holds a frame of the extension's code counts. Long tasks and the
// extension world's JS heap are read from the same load.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BENCH_FLAGS } from './real-extension.mjs';

/** Time after `load` that still counts: the sliced scan and the card text request finish well inside it. */
const SETTLE_MS = 2000;

/** Sums, from a CPU profile, the time of samples with an extension frame anywhere on their stack. */
export function extensionTime(profile, urlPrefix) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const node = byId.get(id);
    const own = node.callFrame.url.startsWith(urlPrefix);
    const result = own || (parent.has(id) && isOurs(parent.get(id)));
    ours.set(id, result);
    return result;
  };
  let total = 0;
  // timeDeltas[i] is the time before sample i: the time of sample i is the gap to the next one.
  for (let i = 0; i < profile.samples.length - 1; i++) if (isOurs(profile.samples[i])) total += profile.timeDeltas[i + 1];
  return total / 1000;
}

/** Opens a browser with `extension` (a built folder, or null for none) and measures pages in it. */
export async function openProfiledBrowser(executablePath, extension) {
  const dir = mkdtempSync(join(tmpdir(), 'nc-bench-prof-'));
  const args = extension ? [...BENCH_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : BENCH_FLAGS;
  const context = await chromium.launchPersistentContext(dir, { executablePath, headless: true, viewport: { width: 1200, height: 800 }, args });
  let prefix = 'chrome-extension://';
  const worker = extension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : null;
  if (worker) prefix = `chrome-extension://${new URL(worker.url()).host}/`;
  return {
    /** Switches the extension off (or back on) for one origin, as the popup's site switch does. */
    async switchOff(origin, off) {
      await worker?.evaluate(([o, v]) => chrome.storage.local.set({ disabledSites: v ? [o] : [] }), [origin, off]);
    },
    /** One fresh load of `url`: the extension's JS time, its longest task and the page's long tasks. */
    async measure(url) {
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      const { profile } = await cdp.send('Profiler.stop');
      const ms = extensionTime(profile, prefix);
      const longest = extensionLongestTask(profile, prefix);
      const longTask = await page.evaluate(() => window.__longest);
      // The page's JS heap after a full collection: beside the null extension's, what ours adds
      // (the isolate holds the page's world and the extension's isolated world alike).
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await page.close();
      return { ms, longest, longTask, heap: usedSize };
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The longest unbroken run of extension samples: a task of ours blocks the page at least that
 * long (samples 100 µs apart; a gap of over 1 ms between our samples ends a run).
 */
export function extensionLongestTask(profile, urlPrefix) {
  const frameOf = innermostExtensionFrame(profile, urlPrefix);
  const ours = (id) => frameOf(id) !== null;
  let longest = 0;
  let run = 0;
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const dt = profile.timeDeltas[i + 1] / 1000;
    if (ours(profile.samples[i])) run += dt;
    else if (dt > 1 || run > 0) {
      longest = Math.max(longest, run);
      run = 0;
    }
  }
  return Math.max(longest, run);
}

/**
 * For a profile node, the call frame of the innermost function of the extension's code on its
 * stack (the node itself or an ancestor), or null when the stack holds none of ours.
 */
export function innermostExtensionFrame(profile, urlPrefix) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at).callFrame.url.startsWith(urlPrefix)) return byId.get(at).callFrame;
    return null;
  };
}

/**
 * A copy of the built extension with its manifest's content scripts emptied and the same
 * manifest: the control, whose profile shows what loading any extension costs a page.
 */
export function makeNullExtension(built, into) {
  cpSync(built, into, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8'));
  for (const file of manifest.content_scripts.flatMap((c) => c.js)) writeFileSync(join(into, file), '');
  return into;
}

/** Medians over `runs` fresh loads of each page, with the extension and with the control. */
export async function profilePages({ executablePath, extension, control, pages, runs, median }) {
  const out = [];
  const ours = await openProfiledBrowser(executablePath, extension);
  const none = await openProfiledBrowser(executablePath, control);
  for (const [label, url, options] of pages) {
    const with_ = [];
    const without = [];
    if (options?.switchedOff) await ours.switchOff(new URL(url).origin, true);
    // One load first to warm the HTTP cache; then loads alternate, so drift hits both alike.
    await ours.measure(url);
    await none.measure(url);
    for (let i = 0; i < runs; i++) {
      with_.push(await ours.measure(url));
      without.push(await none.measure(url));
    }
    if (options?.switchedOff) await ours.switchOff(new URL(url).origin, false);
    out.push({
      label,
      ms: median(with_.map((r) => r.ms)),
      control: median(without.map((r) => r.ms)),
      longest: median(with_.map((r) => r.longest)),
      addedHeapMb: (median(with_.map((r) => r.heap)) - median(without.map((r) => r.heap))) / 2 ** 20,
    });
  }
  await ours.close();
  await none.close();
  return out;
}
