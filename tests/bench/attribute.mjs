// `node tests/bench/attribute.mjs [built-extension-dir] [page.html] [loads]`: where the shipped
// build's main-thread time goes on one page, by function. The same profile as the bench (V8's
// sampler at 100 µs, load + 2 s), each sample charged to the innermost frame of the extension's
// code on its stack. For readable names, build unminified first:
// `NEWS_CONTEXT_NO_MINIFY=1 NEWS_CONTEXT_OUT_DIR=/tmp/plain npx wxt build`. Prints only.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BENCH_FLAGS } from './real-extension.mjs';
import { innermostExtensionFrame } from './shipped-profile.mjs';

const [extension = '.output/chrome-mv3', file = 'tests/fixtures/kyivpost-orban-eu-talks.html', loads = '5'] = process.argv.slice(2);
const runs = Number(loads);
const html = readFileSync(file, 'utf8');
const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/page.html`;
const profileDir = mkdtempSync(join(tmpdir(), 'nc-attribute-'));
const dir = resolve(extension);
const context = await chromium.launchPersistentContext(profileDir, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...BENCH_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`] });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const prefix = `chrome-extension://${new URL(worker.url()).host}/`;

const byFunction = new Map();
const byFile = new Map();
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
// The first load warms the cache and the service worker; it is not counted.
for (let load = 0; load <= runs; load++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(2000);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  if (load === 0) continue;
  const frameOf = innermostExtensionFrame(profile, prefix);
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const ours = frameOf(profile.samples[i]);
    if (!ours) continue;
    const ms = profile.timeDeltas[i + 1] / 1000 / runs;
    const where = ours.url.slice(prefix.length);
    add(byFile, where, ms);
    add(byFunction, `${ours.functionName || '(top level)'}  ${where}:${ours.lineNumber + 1}`, ms);
  }
}
await context.close();
rmSync(profileDir, { recursive: true, force: true });
server.close();
const print = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([key, ms]) => console.log(`${ms.toFixed(2).padStart(8)} ms  ${key}`));
console.log(`Mean ms per load over ${runs} loads, by script:`);
print(byFile, 10);
console.log('By function (innermost frame of ours):');
print(byFunction, 30);
