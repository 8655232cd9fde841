/* global CSS, Range, chrome -- used inside the page and the service worker, through evaluate */
// `npm run report [-- <folder of .html pages>]`: every mark the built extension makes on the
// news fixtures (or on the pages of a folder: saved real pages to audit, kept out of the
// repository), for a person to audit, with the entities each page's marks stand for, and how
// many of the names each page lists as mentioned (its `expected-mentions` block, written with
// the page) got a mark, by type. Run `npm run build` first. Prints only; the pass/fail checks
// live in the e2e tests.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const folder = process.argv[2] ? resolve(process.argv[2]) : null;
const fixtures = folder ?? resolve(root, 'tests/fixtures');
// A build other than the checkout's (to compare two): NEWS_CONTEXT_EXTENSION=/path/to/chrome-mv3.
const extension = resolve(process.env.NEWS_CONTEXT_EXTENSION ?? resolve(root, '.output/chrome-mv3'));
const htmlIn = (dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const pages = folder ? htmlIn(folder) : [...htmlIn(join(fixtures, 'news')).map((f) => `news/${f}`), 'kyivpost-orban-eu-talks.html'];

const server = createServer((req, res) => {
  try {
    const body = readFileSync(join(fixtures, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;
const profile = mkdtempSync(join(tmpdir(), 'nc-report-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

/** The page's entities as the popup lists them (id, count), asked of its content script through the background. */
async function entitiesOn(url) {
  return worker.evaluate(async (href) => {
    for (const tab of await chrome.tabs.query({})) {
      const info = await chrome.tabs.sendMessage(tab.id, { type: 'page-info' }).catch(() => null);
      if (info?.href === href) return info.entities.map((e) => `${e.id} ×${e.count}`);
    }
    return [];
  }, url);
}

const totals = { marks: 0, expected: {}, found: {}, unlisted: 0 };
for (const path of pages) {
  const page = await context.newPage();
  await page.goto(`${base}/${path}`);
  // The first scan, the background's names one message later, and slack for a slow machine.
  await page.waitForTimeout(2000);
  const { marks, expected } = await page.evaluate(() => {
    const marks = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('news-context-') || name === 'news-context-active') return;
      highlight.forEach((r) => {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const text = r.startContainer.textContent ?? '';
        const context = text.slice(Math.max(0, r.startOffset - 30), r.startOffset) + '[' + range.toString() + ']' + text.slice(r.startOffset + range.toString().length, r.startOffset + range.toString().length + 30);
        marks.push({ text: range.toString(), type: name.slice('news-context-'.length).replace(/-.*/, ''), context: context.replace(/\s+/g, ' ') });
      });
    });
    const block = document.getElementById('expected-mentions');
    return { marks, expected: block ? JSON.parse(block.textContent) : null };
  });
  const entities = await entitiesOn(page.url());
  await page.close();
  console.log(`\n## ${path}: ${marks.length} marks`);
  for (const m of marks) console.log(`  ${m.type.padEnd(12)} ${m.text.padEnd(28)} …${m.context}…`);
  console.log(`  entities: ${entities.join(', ')}`);
  totals.marks += marks.length;
  if (!expected) continue;
  // A name counts as marked when a mark's text is it, a person's surname ("Friedrich Merz" →
  // "Merz") or holds it ("Attorney-General Letitia James"), in any case ("KYIV" is "Kyiv"), the
  // article and a final full stop aside ("the White House", "U.S" of "U.S."). A place's mark
  // counts only for a place and another's only for a non-place: "Switzerland" in "Young
  // Socialists of Switzerland" does not mark the party, nor the town "Burnley" the club.
  const listed = new Set();
  const bare = (text) => text.replace(/^the\s+/i, '').replace(/\.$/, '').toLowerCase();
  const marksName = (m, nameText, type) =>
    (type === undefined || (m.type === 'place') === (type === 'place')) &&
    (bare(m.text) === bare(nameText) || (type === 'person' && bare(nameText).endsWith(` ${bare(m.text)}`)) || ` ${bare(m.text)} `.includes(` ${bare(nameText)} `));
  for (const [type, names] of Object.entries(expected)) {
    for (const nameText of names) {
      const hit = marks.find((m) => marksName(m, nameText, type));
      totals.expected[type] = (totals.expected[type] ?? 0) + 1;
      if (hit) {
        totals.found[type] = (totals.found[type] ?? 0) + 1;
        listed.add(hit.text);
      } else console.log(`  MISSED     ${type.padEnd(12)} ${nameText}`);
    }
  }
  const unlisted = marks.filter((m) => !Object.entries(expected).some(([type, names]) => names.some((n) => marksName(m, n, type))));
  for (const m of unlisted) console.log(`  UNLISTED   ${m.type.padEnd(12)} ${m.text} (audit: right or wrong?)`);
  totals.unlisted += unlisted.length;
}
await context.close();
rmSync(profile, { recursive: true, force: true });
server.close();

console.log(`\n# ${pages.length} pages, ${totals.marks} marks, ${totals.unlisted} marks not in the pages' lists (audit them above)`);
let all = 0;
let found = 0;
for (const [type, count] of Object.entries(totals.expected)) {
  const hit = totals.found[type] ?? 0;
  all += count;
  found += hit;
  console.log(`coverage ${type.padEnd(12)} ${hit}/${count} (${((100 * hit) / count).toFixed(0)}%)`);
}
console.log(`coverage all          ${found}/${all} (${((100 * found) / Math.max(all, 1)).toFixed(0)}%)`);
