// `node tests/bench/compare-builds.mjs <build A> <build B> [loads]`: two built Chromium
// extensions side by side, with the bench's shipped-build profile (load + 2 s), loads
// alternating so that this machine's drift hits both alike. For deciding whether a change is
// kept; prints medians only. Example: build a change with NEWS_CONTEXT_OUT_DIR=/tmp/new.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { coreEntities, makeLiveBlog } from './live-blog.mjs';
import { profilePages } from './shipped-profile.mjs';

const [a, b, loads = '9'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node tests/bench/compare-builds.mjs <built-extension-A> <built-extension-B> [loads]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '../..');
const PAGES = {
  'seed article': 'tests/fixtures/kyivpost-orban-eu-talks.html',
  'labour-uk': 'tests/fixtures/news/labour-uk.html',
  'search page': 'tests/fixtures/news/search-page.html',
  'Chinese page': 'tests/fixtures/news/chinese-page.html',
};
// The bench's 50k-word live blog, made as `npm run bench` makes it.
const liveBlog = makeLiveBlog(coreEntities(resolve(root, 'assets/knowledge')).map((e) => e.name)).html;
const server = createServer((req, res) => {
  const label = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
  const html = label === '50k live blog' ? liveBlog : PAGES[label] && readFileSync(resolve(root, PAGES[label]));
  if (!html) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const rows = await profilePages({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  extension: resolve(a),
  control: resolve(b),
  pages: [...Object.keys(PAGES), '50k live blog'].map((label) => [label, `${base}/${encodeURIComponent(label)}`]),
  runs: Number(loads),
  median,
});
server.close();
console.log(`| page | A: ${a} (ms) | B: ${b} (ms) | A's longest run | A's added heap against B (MB) |`);
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.label} | ${r.ms.toFixed(1)} | ${r.control.toFixed(1)} | ${r.longest.toFixed(1)} | ${r.addedHeapMb.toFixed(2)} |`);
