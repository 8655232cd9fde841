// `node tests/bench/compare-first-marks.mjs <build A> <build B> [loads]`: when the first marks
// exist on the seed article (page clock, ms after the response began) with two built Chromium
// extensions, loads alternating between them so that this machine's drift hits both alike.
// For deciding whether a change that moves start-up work is kept; prints medians only.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openTimedBrowser, timeLoad, withFirstScriptClock } from './real-extension.mjs';

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
  const browser = await openTimedBrowser(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', resolve(extension));
  // One load first to warm the HTTP cache and the browser's own start-up paths.
  await timeLoad(browser.context, url);
  return { ...browser, times: [] };
}

const builds = [await open(a), await open(b)];
for (let i = 0; i < Number(loads); i++) for (const build of builds) build.times.push(await timeLoad(build.context, url));
for (const [name, build] of [[a, builds[0]], [b, builds[1]]]) {
  const marks = build.times.map((t) => t.firstMark).filter((t) => t !== null);
  console.log(`${name}: first script ${median(build.times.map((t) => t.firstScript)).toFixed(1)} ms, first marks ${median(marks).toFixed(1)} ms (${marks.length}/${build.times.length} loads marked)`);
  await build.close();
}
server.close();
