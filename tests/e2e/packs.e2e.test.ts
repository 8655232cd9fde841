import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserName, type TestBrowser, type TestPage } from './support/browsers';
import { highlightSizes, hoverText, readCard, sleep, totalMarks, waitFor } from './support/page-helpers';
import { startFixtureServer, type FixtureServer } from './support/server';
import { goodPack } from '../unit/utils/knowledge/bad-packs';

/** The unit tests' valid pack: one person, Jane Example, Mayor of Testville. */
const PACK = goodPack();

describe.each<BrowserName>(['chromium', 'firefox'])('knowledge packs and corrections in %s', (name) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  let options: TestPage;

  const paste = async (text: string) => {
    await options.evaluate((text) => {
      const area = document.querySelector('[data-testid="pack-text"]') as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    // Preact renders the typed text (and enables the button) on its next tick.
    await waitFor(() => options.evaluate(() => !(document.querySelector('[data-testid="pack-add"]') as HTMLButtonElement).disabled), (ok) => ok);
    await options.evaluate(() => (document.querySelector('[data-testid="pack-add"]') as HTMLButtonElement).click());
  };
  const packNames = () => options.evaluate(() => [...document.querySelectorAll('[data-testid="pack"] strong')].map((s) => s.textContent));

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(name);
    options = await browser.openExtensionPage('options.html');
    await waitFor(() => options.evaluate(() => document.querySelector('[data-testid="builtin"]') !== null), (ok) => ok);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses a bad pack with every error shown, installing nothing', async () => {
    const bad = structuredClone(PACK) as unknown as { entities: Record<string, unknown>[] };
    bad.entities[0].name = '<b>Jane</b>';
    (bad.entities[0].sources as { url: string }[])[0].url = 'javascript:alert(1)';
    await paste(JSON.stringify(bad));
    const errors = await waitFor(
      () => options.evaluate(() => [...document.querySelectorAll('[data-testid="pack-error"]')].map((li) => li.textContent)),
      (e) => e.length > 0,
    );
    expect(errors).toEqual(['entities[0].name must not contain HTML (< or >)', 'entities[0].sources[0].url must be an https:// URL']);
    expect(await packNames()).toEqual([]);
  });

  it('installs a pasted pack whose entities are marked on open pages', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('pack-page.html'));
    await waitFor(() => highlightSizes(page), (s) => totalMarks(s) >= 2);
    await paste(JSON.stringify(PACK));
    expect(await waitFor(packNames, (n) => n.length === 1)).toEqual(['Pasted pack']);
    const count = await options.evaluate(() => document.querySelector('[data-testid="pack"] .muted')!.textContent);
    expect(count).toContain('1 entities');
    await page.bringToFront();
    await waitFor(() => highlightSizes(page), (s) => totalMarks(s) >= 3);
    await hoverText(page, 'Jane Example');
    const card = await waitFor(() => readCard(page), (c) => c.open);
    expect(card.name).toBe('Jane Example');
    expect(card.text).toContain('Mayor of Testville');
    await page.close();
  });

  it('keeps what pages read of a pack apart from it, and the background rebuilds it when lost', async () => {
    // The options page may use the extension's storage: pages read only the packed parts.
    const storage = (fn: string) =>
      options.evaluate(async (fn) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        if (fn === 'drop') return void (await api.storage.local.remove('pack-pages'));
        const stored = (await api.storage.local.get(['packs', 'pack-pages'])) as Record<string, Record<string, unknown>[] | undefined>;
        return { packKeys: Object.keys(stored.packs?.[0] ?? {}).sort(), parts: (stored['pack-pages'] ?? []).map((p) => [Object.keys(p).sort(), (p.index as { format: number }).format]) };
      }, fn);
    expect(await storage('read')).toEqual({
      packKeys: ['enabled', 'installedAt', 'key', 'name', 'pack'],
      parts: [[['enabled', 'headers', 'index', 'key'], 2]],
    });
    const page = await browser.newPage();
    await page.goto(server.url('pack-page.html'));
    const before = totalMarks(await waitFor(() => highlightSizes(page), (s) => totalMarks(s) >= 3));
    await storage('drop');
    await waitFor(() => highlightSizes(page), (s) => totalMarks(s) === before - 1);
    // Any change to the packs has the background pack the parts again.
    await options.evaluate(() => (document.querySelector('[data-testid="pack-enabled"]') as HTMLElement).click());
    await options.evaluate(() => (document.querySelector('[data-testid="pack-enabled"]') as HTMLElement).click());
    expect(totalMarks(await waitFor(() => highlightSizes(page), (s) => totalMarks(s) === before))).toBe(before);
    await hoverText(page, 'Jane Example');
    const card = await waitFor(() => readCard(page), (c) => c.open);
    expect([card.name, card.text.includes('Mayor of Testville')]).toEqual(['Jane Example', true]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  // Chromium's storage.local holds 10 MB without the unlimitedStorage permission (which we do
  // not ask for); Firefox sets extensions no such limit, so only Chromium can refuse for room.
  it.runIf(name === 'chromium')('refuses a pack the storage has no room for, with the reason, installing nothing', async () => {
    const fill = (leave: number | null) =>
      options.evaluate(async (leave) => {
        if (leave === null) return void (await chrome.storage.local.remove('filler'));
        const used = await chrome.storage.local.getBytesInUse(null);
        await chrome.storage.local.set({ filler: 'x'.repeat(chrome.storage.local.QUOTA_BYTES - used - leave) });
      }, leave);
    const stored = () => options.evaluate(async () => JSON.stringify(await chrome.storage.local.get(['packs', 'pack-pages'])));
    const john = structuredClone(PACK);
    Object.assign(john.entities[0], { id: 'john-example', name: 'John Example', aliases: [] });
    const before = await stored();
    // Room for the pack (~1 KB) but not for the pack and its page parts together.
    await fill(JSON.stringify(john).length + 200);
    await paste(JSON.stringify(john));
    const errors = await waitFor(
      () => options.evaluate(() => [...document.querySelectorAll('[data-testid="pack-error"]')].map((li) => li.textContent)),
      (e) => e.length > 0,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/could not be saved \(.*quota/i);
    expect(await packNames()).toEqual(['Pasted pack']);
    expect(await stored()).toBe(before);
    // With room again, the same pack goes in: it was refused for room alone.
    await fill(null);
    await paste(JSON.stringify(john));
    expect(await waitFor(packNames, (n) => n.length === 2)).toEqual(['Pasted pack', 'Pasted pack']);
    await options.evaluate(() => (document.querySelectorAll('[data-testid="pack-remove"]')[1] as HTMLElement).click());
    await waitFor(packNames, (n) => n.length === 1);
  });

  it('hides a name on this site from the card, and undoes it from the options page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('pack-page.html'));
    const before = totalMarks(await waitFor(() => highlightSizes(page), (s) => totalMarks(s) >= 3));
    await hoverText(page, 'Robert Fico');
    await waitFor(() => readCard(page), (c) => c.open && c.name === 'Robert Fico');
    await page.evaluate(() => (document.querySelector('news-context-card')!.shadowRoot!.querySelector('[data-testid="card-hide"]') as HTMLElement).click());
    const hidden = await waitFor(() => highlightSizes(page), (s) => totalMarks(s) === before - 2);
    expect(totalMarks(hidden)).toBe(before - 2);
    await options.bringToFront();
    const undo = await waitFor(() => options.evaluate(() => document.querySelectorAll('[data-testid="correction-undo"]').length), (n) => n === 1);
    expect(undo).toBe(1);
    await options.evaluate(() => (document.querySelector('[data-testid="correction-undo"]') as HTMLElement).click());
    await page.bringToFront();
    expect(totalMarks(await waitFor(() => highlightSizes(page), (s) => totalMarks(s) === before))).toBe(before);
    await sleep(100);
    await page.close();
  });

  it('"Not this one" on a surname-only mention hides that surname on the site, not the full name', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('weak-surname.html'));
    await waitFor(() => highlightSizes(page), (s) => totalMarks(s) >= 3);
    const costaMarks = () =>
      page.evaluate(() => {
        const texts: string[] = [];
        CSS.highlights.get('news-context-person')?.forEach((r) => {
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (range.toString().includes('Costa')) texts.push(range.toString());
        });
        return texts.sort();
      });
    expect(await costaMarks()).toEqual(['António Costa', 'Costa', 'Costa']);
    await hoverText(page, 'Costa', 1, 'article');
    await waitFor(() => readCard(page), (c) => c.open && c.name === 'António Costa');
    await page.evaluate(() => (document.querySelector('news-context-card')!.shadowRoot!.querySelector('[data-testid="card-not-this"]') as HTMLElement).click());
    expect(await waitFor(costaMarks, (m) => m.length === 1)).toEqual(['António Costa']);
    await options.bringToFront();
    await waitFor(() => options.evaluate(() => document.querySelectorAll('[data-testid="correction-undo"]').length), (n) => n === 1);
    await options.evaluate(() => (document.querySelector('[data-testid="correction-undo"]') as HTMLElement).click());
    await page.bringToFront();
    expect(await waitFor(costaMarks, (m) => m.length === 3)).toEqual(['António Costa', 'Costa', 'Costa']);
    await page.close();
  });

  it('disables and removes a pack', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('pack-page.html'));
    const before = totalMarks(await waitFor(() => highlightSizes(page), (s) => totalMarks(s) >= 3));
    await options.evaluate(() => (document.querySelector('[data-testid="pack-enabled"]') as HTMLElement).click());
    expect(totalMarks(await waitFor(() => highlightSizes(page), (s) => totalMarks(s) === before - 1))).toBe(before - 1);
    await options.evaluate(() => (document.querySelector('[data-testid="pack-remove"]') as HTMLElement).click());
    expect(await waitFor(packNames, (n) => n.length === 0)).toEqual([]);
    await page.close();
  });
});
