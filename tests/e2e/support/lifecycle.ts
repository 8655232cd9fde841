import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type BrowserName, type LaunchOptions, type TestBrowser } from './browsers';
import { startFixtureServer, type FixtureServer } from './server';

/** A fixture server and a browser with the extension for one `describe`, opened before its tests and closed after. */
export function useBrowserAndServer(name: BrowserName, options?: LaunchOptions): { server: () => FixtureServer; browser: () => TestBrowser } {
  let server: FixtureServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(name, options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { server: () => server, browser: () => browser };
}
