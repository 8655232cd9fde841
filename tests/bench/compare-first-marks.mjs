// `node tests/bench/compare-first-marks.mjs <build A> <build B> [loads]`: when the first marks
// exist on the seed article (page clock, ms after the response began) with two built Chromium
// extensions, loads alternating between them so that this machine's drift hits both alike.
// For deciding whether a change that moves start-up work is kept; prints medians only.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BENCH_FLAGS, timeLoad, withFirstScriptClock } from './real-extension.mjs';

const [a, b, loads = '14'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node tests/bench/compare-first-marks.mjs <built-extension-A> <built-extension-B> [loads]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '../..');
const html = withFirstScriptClock(readFileSync(resolve(root, 'tests/fixtures/kyivpost-orban-eu-talks.html'), 'utf8'));
const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/seed.html`;
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

async function open(extension) {
  const dir = resolve(extension);
  const profile = mkdtempSync(join(tmpdir(), 'nc-first-marks-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [...BENCH_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  await (context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker'));
  await timeLoad(context, url);
  return { context, profile, times: [] };
}

const builds = [await open(a), await open(b)];
for (let i = 0; i < Number(loads); i++) for (const build of builds) build.times.push(await timeLoad(build.context, url));
for (const [name, build] of [[a, builds[0]], [b, builds[1]]]) {
  const marks = build.times.map((t) => t.firstMark).filter((t) => t !== null);
  console.log(`${name}: first script ${median(build.times.map((t) => t.firstScript)).toFixed(1)} ms, first marks ${median(marks).toFixed(1)} ms (${marks.length}/${build.times.length} loads marked)`);
  await build.context.close();
  rmSync(build.profile, { recursive: true, force: true });
}
server.close();
