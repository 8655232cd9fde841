import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { CHROME_BUILD, CHROMIUM_FLAGS, CHROMIUM_PATH, FIREFOX_BUILD, FIREFOX_PATH, FIREFOX_UUID, GECKO_ID } from './paths';

export type BrowserName = 'chromium' | 'firefox';

/** The little the tests need from a page, the same in both browsers. */
export interface TestPage {
  /** Uncaught errors and console errors seen on the page so far. */
  errors: string[];
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** A touch tap (the browser must be launched with `touch`). */
  tap(x: number, y: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  newPage(): Promise<TestPage>;
  /** The extension's page (e.g. `popup.html?tab=3`), opened as a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Every request the browser made, with who made it (Chromium only; empty elsewhere). */
  requests: { url: string; from: string }[];
  close(): Promise<void>;
}

function wrapPlaywright(page: PwPage): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}\n${error.stack ?? ''}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} @ ${message.location().url}`);
  });
  return {
    errors,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** Touch emulation, for taps (Chromium: a touch-capable context; Firefox takes touch actions anyway). */
  touch?: boolean;
  /** Forced colours (Windows High Contrast): Chromium's emulation; Firefox's "always override page colours". */
  forcedColors?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'nc-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 800 },
    hasTouch: options.touch ?? false,
    forcedColors: options.forcedColors ? 'active' : 'none',
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
  });
  const requests: { url: string; from: string }[] = [];
  context.on('request', (request) => {
    // A service worker's request (the background reading its knowledge files) has no frame.
    const frame = request.serviceWorker() ? null : request.frame();
    requests.push({ url: request.url(), from: safeUrl(() => frame?.url()) ?? 'service-worker' });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    requests,
    newPage: async () => wrapPlaywright(await context.newPage()),
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrapPlaywright(page);
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function safeUrl(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function wrapPuppeteer(page: PpPage, browser: PpBrowser): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${(error as Error).message}\n${(error as Error).stack ?? ''}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} @ ${message.location().url ?? ''}`);
  });
  return {
    errors,
    goto: async (url) => {
      if (/^moz-extension:/.test(url)) {
        // page.goto never resolves for moz-extension:// pages; raw BiDi navigation does.
        const context = (page.mainFrame() as unknown as { _id: string })._id;
        await (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
        return;
      }
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as never),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'nc-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...(options.forcedColors ? { 'browser.display.document_color_use': 2 } : {}),
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      // Grant optional permissions without the doorhanger, so "Enable on this site" can be tested.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    name: 'firefox',
    requests: [],
    newPage: async () => wrapPuppeteer(await browser.newPage(), browser),
    openExtensionPage: async (path) => {
      const page = wrapPuppeteer(await browser.newPage(), browser);
      await page.goto(`moz-extension://${FIREFOX_UUID}/${path}`);
      return page;
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const launchBrowser = (name: BrowserName, options?: LaunchOptions) =>
  name === 'chromium' ? launchChromium(options) : launchFirefox(options);
