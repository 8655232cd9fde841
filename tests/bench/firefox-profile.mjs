// The shipped Firefox build's own cost on a page, read from Firefox's own profiler (the one
// behind about:profiling): it samples every thread named GeckoMain every 0.1 ms through the
// load and the 2 s after it, and each sample carries the CPU time its thread used since the
// one before. The CPU time of samples with a moz-extension:// frame on their stack is the
// extension's: in the page's content process (the content scripts) and in the extensions
// process (the background page answering the page). The profiler is driven from the browser's
// privileged scope, which WebDriver BiDi opens with --remote-allow-system-access.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Time after `load` that still counts, as in the Chromium profile. */
const SETTLE_MS = 2000;

/** Profiler buffer (entries), interval (ms), features and threads. */
const START_PROFILER = `Services.profiler.StartProfiler(1 << 22, 0.1, ['js', 'cpu'], ['GeckoMain'])`;

/**
 * Runs in the browser's privileged scope: stops the profiler and returns, per process type,
 * the ms of CPU time of samples with an extension frame on their stack.
 */
const SUM_EXTENSION_CPU = `(async () => {
  const profile = await Services.profiler.getProfileDataAsync();
  Services.profiler.StopProfiler();
  const nsPerUnit = profile.meta.sampleUnits?.threadCPUDelta === 'ns' ? 1 : 1000;
  const byProcess = {};
  const visit = (process) => {
    for (const thread of process.threads) {
      const { samples, stackTable, frameTable, stringTable } = thread;
      const S = samples.schema, ST = stackTable.schema, F = frameTable.schema;
      if (S.threadCPUDelta === undefined) continue;
      const known = new Map();
      const ours = (stack) => {
        if (stack === null || stack === undefined) return false;
        if (known.has(stack)) return known.get(stack);
        const row = stackTable.data[stack];
        const where = stringTable[frameTable.data[row[ST.frame]][F.location]];
        const result = where.includes('moz-extension://') || ours(row[ST.prefix]);
        known.set(stack, result);
        return result;
      };
      let ns = 0;
      // A sample's CPU delta is the time since the sample before: it counts for that one's stack.
      for (let i = 0; i < samples.data.length - 1; i++) if (ours(samples.data[i][S.stack])) ns += (samples.data[i + 1][S.threadCPUDelta] ?? 0) * nsPerUnit;
      byProcess[thread.processName] = (byProcess[thread.processName] ?? 0) + ns / 1e6;
    }
    for (const child of process.processes ?? []) visit(child);
  };
  visit(profile);
  return JSON.stringify(byProcess);
})()`;

/** Opens Firefox with `extension` (a built folder) installed, and measures pages in it. */
export async function openFirefoxProfiler(executablePath, extension) {
  const profileDir = mkdtempSync(join(tmpdir(), 'nc-bench-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: { 'datareporting.policy.dataSubmissionEnabled': false, 'browser.shell.checkDefaultBrowser': false },
  });
  await browser.installExtension(extension);
  const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeContext = tree.result.contexts[0].context;
  const privileged = async (expression) => {
    const { result } = await browser.connection.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true });
    if (result.type !== 'success') throw new Error(`Firefox profiler: ${result.exceptionDetails?.text}`);
    return result.result.value;
  };
  return {
    /** One fresh load of `url`: the extension's CPU ms in the page's process and in the extensions process. */
    async measure(url) {
      const page = await browser.newPage();
      await privileged(START_PROFILER);
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      const byProcess = JSON.parse(await privileged(SUM_EXTENSION_CPU));
      await page.close();
      return { page: byProcess['Web Content'] ?? 0, background: byProcess.WebExtensions ?? 0 };
    },
    async close() {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Medians over `runs` fresh loads of each page, with the extension and with the null control. */
export async function profileFirefoxPages({ executablePath, extension, control, pages, runs, median }) {
  const ours = await openFirefoxProfiler(executablePath, extension);
  const none = await openFirefoxProfiler(executablePath, control);
  const out = [];
  for (const [label, url] of pages) {
    const with_ = [];
    const without = [];
    // A first load warms the cache and the background; then loads alternate, so drift hits both alike.
    await ours.measure(url);
    await none.measure(url);
    for (let i = 0; i < runs; i++) {
      with_.push(await ours.measure(url));
      without.push(await none.measure(url));
    }
    out.push({
      label,
      ms: median(with_.map((r) => r.page)),
      background: median(with_.map((r) => r.background)),
      control: median(without.map((r) => r.page)),
    });
  }
  await ours.close();
  await none.close();
  return out;
}
