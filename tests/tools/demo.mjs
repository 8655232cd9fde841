// `npm start`: serves the bundled demo article on 127.0.0.1 and opens Chromium with the built
// extension loaded on it. Without a display it runs headless, hovers a name and saves a screenshot.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const fixtures = resolve(root, 'tests/fixtures');
const extension = resolve(root, '.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const article = 'kyivpost-orban-eu-talks.html';

const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || article;
  try {
    if (name.includes('..')) throw new Error('outside');
    const body = readFileSync(join(fixtures, name));
    res.writeHead(200, { 'content-type': name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain' }).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((done) => server.listen(8077, '127.0.0.1', done));
const url = `http://127.0.0.1:8077/${article}`;
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'nc-demo-')), {
  executablePath,
  headless,
  viewport: headless ? { width: 1200, height: 800 } : null,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Demo article: ${url}`);

if (headless) {
  await page.waitForTimeout(500);
  const box = await page.evaluate(() => {
    const p = [...document.querySelectorAll('article p')].find((el) => el.textContent.includes('Viktor Orban'));
    const text = p.firstChild;
    const range = document.createRange();
    const at = text.data.indexOf('Viktor Orban');
    range.setStart(text, at);
    range.setEnd(text, at + 12);
    const r = range.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForTimeout(800);
  mkdirSync(resolve(root, '.tmp'), { recursive: true });
  const shot = resolve(root, '.tmp/demo.png');
  await page.screenshot({ path: shot });
  console.log(`No display found: ran headless, hovered "Viktor Orban" and saved ${shot}`);
  await context.close();
  server.close();
} else {
  console.log('Hover a marked name. Close the browser window to stop.');
  context.on('close', () => server.close());
}
