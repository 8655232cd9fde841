import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { waitFor } from './support/page-helpers';

type Storage = { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> };

describe.each<BrowserName>(['chromium', 'firefox'])('the options page in %s', (name) => {
  const session = useBrowserAndServer(name);

  it('has the popup\'s settings, which reach open pages at once', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/poland-drones.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.type === 'person'), 5000);
    const options = await session.browser().openExtensionPage('options.html');
    await waitFor(() => options.evaluate(() => document.querySelector('[data-testid="options-settings"]') !== null), (ok) => ok);
    const controls = await options.evaluate(() =>
      ['switch-enabled', 'category-person', 'mark-style-tint', 'density-first', 'hover-delay', 'theme-dark'].filter((id) => document.querySelector(`[data-testid="${id}"]`)),
    );
    expect(controls).toHaveLength(6);
    // Both tiers count: what pages carry and the background's long tail (the gazetteer, Congress…).
    const builtIn = await options.evaluate(() => document.querySelector('[data-testid="builtin"]')?.textContent ?? '');
    expect(Number(/([\d,]+) entities/.exec(builtIn)?.[1].replace(/,/g, ''))).toBeGreaterThan(19_000);

    await options.evaluate(() => (document.querySelector('[data-testid="category-person"]') as HTMLInputElement).click());
    await page.bringToFront();
    const marks = await waitFor(() => markedRanges(page), (m) => !m.some((x) => x.type === 'person'), 3000);
    expect(marks.some((x) => x.type === 'person')).toBe(false);
    expect(marks.some((x) => x.type === 'place')).toBe(true);
    await options.evaluate(() => (document.querySelector('[data-testid="category-person"]') as HTMLInputElement).click());
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.type === 'person'), 3000);
    await page.close();
    await options.close();
  });

  it('lists switched-off sites, each removable, and the keyboard shortcuts with where to change them', async () => {
    const options = await session.browser().openExtensionPage('options.html');
    await waitFor(() => options.evaluate(() => document.querySelector('[data-testid="site-list"]') !== null), (ok) => ok);
    const origin = new URL(session.server().url('')).origin;
    await options.evaluate((origin) => (((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.local as unknown as Storage).set({ disabledSites: [origin, 'https://other.example'] }), origin);
    const listed = await waitFor(
      () => options.evaluate(() => [...document.querySelectorAll('[data-testid="site-off"]')].map((li) => (li as HTMLElement).dataset.origin)),
      (l) => l.length === 2,
    );
    expect(listed).toEqual([origin, 'https://other.example']);
    await options.evaluate(() => (document.querySelector('[data-testid="site-on-again"]') as HTMLButtonElement).click());
    const stored = await waitFor(
      () => options.evaluate(() => (((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.local as unknown as Storage).get('disabledSites').then((v) => v.disabledSites as string[])),
      (v) => v.length === 1,
    );
    expect(stored).toEqual(['https://other.example']);

    const shortcuts = await waitFor(
      () => options.evaluate(() => [...document.querySelectorAll('[data-testid="shortcut"]')].map((r) => [(r as HTMLElement).dataset.command, r.querySelector('kbd')?.textContent ?? ''])),
      (s) => s.length === 3,
    );
    expect(Object.fromEntries(shortcuts)).toMatchObject({ 'open-first-card': expect.stringMatching(/Alt\+Shift\+K/) });
    const how = await options.evaluate(() => document.querySelector('[data-testid="shortcuts-how"]')?.textContent ?? '');
    expect(how).toContain(name === 'firefox' ? 'Manage Extension Shortcuts' : 'chrome://extensions/shortcuts');
    expect(options.errors).toEqual([]);
    await options.close();
  });
});
